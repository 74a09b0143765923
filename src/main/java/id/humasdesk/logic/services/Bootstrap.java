package id.humasdesk.logic.services;

/**
 * Opens the data directory and database. Slow (hundreds of milliseconds), so front ends call it
 * after they have shown something. Throws {@link id.humasdesk.model.UserFacingException} with a
 * message key when the store cannot be used.
 */
@FunctionalInterface
public interface Bootstrap {
    Services open();
}
