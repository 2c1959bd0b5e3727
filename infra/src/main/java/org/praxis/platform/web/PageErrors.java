package org.praxis.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.praxis.command.common.NotAllowed;
import org.praxis.command.common.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the web pages answer errors: a refused change goes back to the page it came from with the
 * reason on top (the form stays usable); something missing or hidden is a plain "not found" page.
 */
@ControllerAdvice(annotations = Page.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler({NotFound.class, AggregateNotFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound() {
        return new ModelAndView("not-found");
    }

    @ExceptionHandler({IllegalArgumentException.class, RuleViolation.class, NotAllowed.class,
            AccessDeniedException.class, ConcurrencyException.class})
    String refused(RuntimeException e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", e.getMessage());
        return "redirect:" + back(request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badValue(MethodArgumentTypeMismatchException e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", "The value given for '" + e.getName() + "' is not valid.");
        return "redirect:" + back(request);
    }

    @ExceptionHandler(CommandExecutionException.class)
    String commandFailed(CommandExecutionException e, HttpServletRequest request, RedirectAttributes redirect) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException || cause instanceof RuleViolation || cause instanceof NotAllowed) {
            redirect.addFlashAttribute("error", cause.getMessage());
        } else {
            log.error("A command from a page failed", e);
            redirect.addFlashAttribute("error", "The change could not be recorded. Please try again.");
        }
        return "redirect:" + back(request);
    }

    /** The page the form was on: only a path of this site, never another site named in a header. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        if (referer != null && referer.startsWith(origin + "/")) {
            return referer.substring(origin.length());
        }
        return "/search";
    }
}
