package org.praxis.platform.web;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of web pages (HTML, with a session), as opposed to the REST API: its errors are shown
 * as pages and messages ({@link PageErrors}), never as problem+json.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface Page {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
