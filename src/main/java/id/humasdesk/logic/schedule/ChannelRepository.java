package id.humasdesk.logic.schedule;

import id.humasdesk.model.Channel;
import java.util.List;

/** The office's publication channels. */
public interface ChannelRepository {
    List<Channel> list();

    void save(Channel channel);
}
