/**
 * The services a front end gets once the store is open. Depends on every feature; no feature
 * depends on it, so it closes no cycle (decision 0040).
 */
package id.humasdesk.logic.services;
