package id.humasdesk.logic.common;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name of this computer, as shown to colleagues ("editing on PC-HUMAS-02"). */
public final class Machine {
    private static volatile String name;

    private Machine() {
    }

    public static String name() {
        String n = name;
        if (n == null) {
            n = System.getenv("COMPUTERNAME");
            if (n == null || n.isBlank()) {
                try {
                    n = InetAddress.getLocalHost().getHostName();
                } catch (UnknownHostException e) {
                    n = "?";
                }
            }
            name = n;
        }
        return n;
    }
}
