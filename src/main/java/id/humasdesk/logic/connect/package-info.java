/** Which database this PC uses: its own embedded file, or an office database server (decision 0602). */
package id.humasdesk.logic.connect;
