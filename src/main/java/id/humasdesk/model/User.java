package id.humasdesk.model;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** A person who signs in to this workstation. */
public record User(UUID id, String username, String fullName, Set<Role> roles, boolean active) {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    public User {
        if (!isValidUsername(username)) {
            throw new UserFacingException("error.user.usernameInvalid", username == null ? "" : username);
        }
        if (fullName == null || fullName.isBlank()) {
            throw new UserFacingException("error.user.fullNameRequired");
        }
        if (roles == null || roles.isEmpty()) {
            throw new UserFacingException("error.user.roleRequired");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        fullName = fullName.strip();
    }

    /** 3 to 32 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit. */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public boolean has(Role role) {
        return active && roles.contains(role);
    }

    public User withActive(boolean value) {
        return new User(id, username, fullName, roles, value);
    }

    public User withRoles(Set<Role> value) {
        return new User(id, username, fullName, value, active);
    }
}
