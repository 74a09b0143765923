package id.humasdesk.logic.account;

import id.humasdesk.model.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users of this office and their credentials. */
public interface UserRepository {
    void insert(User user, String passwordHash, Instant at);

    void update(User user);

    Optional<User> findById(UUID id);

    Optional<User> findByUsername(String username);

    List<User> list();

    Optional<Credential> credential(UUID userId);

    void saveCredential(UUID userId, Credential credential);
}
