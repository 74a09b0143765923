package id.humasdesk.logic.hosting;

import java.util.Optional;

/** Where the hosting choice of this PC is kept (a small file in the data directory, no secret in it). */
public interface HostingPlans {
    Optional<HostingPlan> load();

    void save(HostingPlan plan);

    /** This PC no longer hosts from its next start. */
    void clear();
}
