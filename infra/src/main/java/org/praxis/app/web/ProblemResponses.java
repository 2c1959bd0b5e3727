package org.praxis.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;

/** Writes problem+json answers from security filters, which run before Spring MVC's error handling. */
public final class ProblemResponses {

    /** What a client is told while the event store (PostgreSQL or H2) cannot be reached. */
    public static final String DATABASE_UNAVAILABLE =
            "Praxis cannot reach its database right now; nothing was changed. Please try again in a moment.";

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail));
    }
}
