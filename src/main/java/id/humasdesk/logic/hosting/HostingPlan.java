package id.humasdesk.logic.hosting;

/**
 * The admin's choice that this PC hosts the office database (decision note 0620), remembered in
 * the data directory so that the PC hosts again at every start until an admin stops it.
 *
 * @param address the LAN address to listen on (an IP literal of this PC; 0.0.0.0 only with {@code allInterfaces})
 * @param port the TCP port
 * @param allInterfaces the admin explicitly asked to listen on every network of this PC
 * @param newCode make a new join code at the next start (set until the code was shown to an admin)
 */
public record HostingPlan(String address, int port, boolean allInterfaces, boolean newCode) {
    public HostingPlan withNewCode(boolean value) {
        return new HostingPlan(address, port, allInterfaces, value);
    }

    /** Where the other PCs find the host, e.g. {@code 192.168.1.10:9092}. */
    public String where() {
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
    }
}
