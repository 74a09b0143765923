package id.humasdesk.logic.schedule;

import id.humasdesk.model.Channel;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The office's publication channels. */
public interface ChannelRepository {
    List<Channel> list();

    Optional<Channel> find(UUID id);

    void save(Channel channel);
}
