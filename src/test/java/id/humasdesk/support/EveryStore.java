package id.humasdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the whole test class once per store engine: embedded H2 always, and PostgreSQL when a
 * server is given (see {@link StoreBackends}). Inside the class, open stores through
 * {@link StoreBackends#target(java.nio.file.Path)} (as {@link TestOffice} does), so each data
 * directory gets its own fresh database on the engine under test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ClassTemplate
@ExtendWith(StoreBackends.class)
public @interface EveryStore {
}
