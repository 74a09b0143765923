package id.humasdesk.logic.check;

import id.humasdesk.logic.account.Credential;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.logic.common.SettingsRepository;
import id.humasdesk.model.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Repositories in memory for logic tests; the store tests cover the H2 ones. */
final class InMemory {
    private InMemory() {
    }

    static final class Settings implements SettingsRepository {
        final Map<String, String> values = new HashMap<>();

        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(values.get(name));
        }

        @Override
        public void put(String name, String value) {
            values.put(name, value);
        }
    }

    static final class Users implements UserRepository {
        private final Map<UUID, User> users = new HashMap<>();

        User add(User u) {
            users.put(u.id(), u);
            return u;
        }

        @Override
        public void insert(User user, String passwordHash, Instant at) {
            users.put(user.id(), user);
        }

        @Override
        public void update(User user) {
            users.put(user.id(), user);
        }

        @Override
        public Optional<User> findById(UUID id) {
            return Optional.ofNullable(users.get(id));
        }

        @Override
        public Optional<User> findByUsername(String username) {
            return users.values().stream().filter(u -> u.username().equals(username)).findFirst();
        }

        @Override
        public List<User> list() {
            return new ArrayList<>(users.values());
        }

        @Override
        public Optional<Credential> credential(UUID userId) {
            return Optional.empty();
        }

        @Override
        public void saveCredential(UUID userId, Credential credential) {
        }
    }

    static final class OfficeWords implements OfficeWordRepository {
        final Set<String> words = new TreeSet<>();

        @Override
        public List<String> all() {
            return new ArrayList<>(words);
        }

        @Override
        public boolean add(String word, UUID addedBy, Instant addedAt) {
            return words.add(word);
        }

        @Override
        public boolean remove(String word) {
            return words.remove(word);
        }
    }

    static final class Ignores implements IgnoredWordRepository {
        final Map<UUID, Set<String>> byRelease = new HashMap<>();

        @Override
        public Set<String> find(UUID releaseId) {
            return Set.copyOf(byRelease.getOrDefault(releaseId, Set.of()));
        }

        @Override
        public void add(UUID releaseId, String word, UUID addedBy, Instant addedAt) {
            byRelease.computeIfAbsent(releaseId, k -> new LinkedHashSet<>()).add(word);
        }

        @Override
        public void remove(UUID releaseId, String word) {
            byRelease.getOrDefault(releaseId, new LinkedHashSet<>()).remove(word);
        }
    }
}
