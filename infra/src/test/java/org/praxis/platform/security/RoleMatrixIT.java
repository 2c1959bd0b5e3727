package org.praxis.platform.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every role: who may call it, and that everyone else is refused with a
 * problem (403, or 401 without an account) before anything happens. "May call" means the role gets
 * past security; the answer can still be a 4xx about the request itself, never a 5xx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIT extends PraxisIT {

    enum Caller { ANONYMOUS, READER, CONTRIBUTOR, CURATOR, AUDITOR, ADMIN }

    private static final Set<Caller> ANYONE = Set.of(Caller.READER, Caller.CONTRIBUTOR, Caller.CURATOR,
            Caller.AUDITOR, Caller.ADMIN);
    private static final Set<Caller> WRITERS = Set.of(Caller.CONTRIBUTOR, Caller.CURATOR, Caller.ADMIN);
    private static final Object FILE = new Object();

    private final Map<Caller, Api> callers = new EnumMap<>(Caller.class);
    private final Map<String, String> ids = new HashMap<>();

    record Row(HttpMethod method, String path, Object body, Set<Caller> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Arguments> matrix() {
        List<Row> rows = List.of(
                row(HttpMethod.GET, "/api/search?q=plan", ANYONE),
                row(HttpMethod.GET, "/api/search/suggest?prefix=pla", ANYONE),
                row(HttpMethod.GET, "/api/search/gaps", Set.of(Caller.CURATOR, Caller.ADMIN)),
                row(HttpMethod.POST, "/api/search/gaps/gap-matrix/route", Map.of("experts", List.of("nobody")),
                        Set.of(Caller.CURATOR, Caller.ADMIN)),
                row(HttpMethod.GET, "/api/experts?q=plan", ANYONE),
                row(HttpMethod.POST, "/api/documents", FILE, WRITERS),
                row(HttpMethod.GET, "/api/documents/{doc}", ANYONE),
                row(HttpMethod.GET, "/api/documents/{doc}/content", ANYONE),
                row(HttpMethod.GET, "/api/documents/{doc}/history", ANYONE),
                row(HttpMethod.GET, "/api/documents/{doc}/related", ANYONE),
                row(HttpMethod.POST, "/api/documents/{myDoc}/versions", FILE, WRITERS),
                row(HttpMethod.PATCH, "/api/documents/{myDoc}", Map.of("tags", List.of("checked")), WRITERS),
                row(HttpMethod.DELETE, "/api/documents/{myDoc}", WRITERS),
                row(HttpMethod.POST, "/api/admin/documents/{erasable}/erasure", Set.of(Caller.ADMIN)),
                row(HttpMethod.POST, "/api/practices", Map.of("title", "Matrix practice", "body", "Do it."), WRITERS),
                row(HttpMethod.PUT, "/api/practices/{practice}",
                        Map.of("body", "Do it twice.", "rationale", "once was not enough", "expectedRevision", 1),
                        WRITERS),
                row(HttpMethod.POST, "/api/practices/{practice}/publish", Set.of(Caller.CURATOR)),
                row(HttpMethod.POST, "/api/practices/{practice}/endorse", ANYONE),
                row(HttpMethod.POST, "/api/practices/{practice}/verify", Set.of(Caller.CURATOR)),
                row(HttpMethod.GET, "/api/practices/search?q=matrix", ANYONE),
                row(HttpMethod.GET, "/api/practices/{practice}", ANYONE),
                row(HttpMethod.GET, "/api/practices/{practice}/diff?from=1&to=1", ANYONE),
                row(HttpMethod.GET, "/api/practices/{practice}/history", ANYONE),
                row(HttpMethod.GET, "/api/practices/{practice}/proposals", ANYONE),
                row(HttpMethod.POST, "/api/practices/{practice}/proposals/1/approve", Set.of(Caller.CURATOR)),
                row(HttpMethod.POST, "/api/practices/{practice}/proposals/1/reject", Map.of("reason", "no"),
                        Set.of(Caller.CURATOR)),
                row(HttpMethod.GET, "/api/proposals", ANYONE),
                row(HttpMethod.POST, "/api/practices/{practice}/comments", Map.of("text", "A matrix comment."), ANYONE),
                row(HttpMethod.GET, "/api/practices/{practice}/comments", ANYONE),
                row(HttpMethod.PUT, "/api/practices/{practice}/watch", Map.of(), ANYONE),
                row(HttpMethod.GET, "/api/me/notifications", ANYONE),
                row(HttpMethod.POST, "/api/documents/{doc}/comments", Map.of("text", "A matrix comment."), ANYONE),
                row(HttpMethod.POST, "/api/practices/{practice}/deprecate", Map.of("reason", "replaced"), WRITERS),
                row(HttpMethod.POST, "/api/lessons", Map.of("title", "Matrix failure", "whatHappened", "It broke.",
                        "severity", "LOW", "failedOn", "2026-11-01"), WRITERS),
                row(HttpMethod.POST, "/api/lessons/{lesson}/insights", Map.of("text", "We learned."), WRITERS),
                row(HttpMethod.POST, "/api/lessons/{lesson}/adaptations", Map.of("title", "New rule", "body", "Check.",
                        "rationale", "the failure"), WRITERS),
                row(HttpMethod.PUT, "/api/lessons/{lesson}/follow-up", Map.of("on", "2099-01-01"), WRITERS),
                row(HttpMethod.POST, "/api/lessons/{lesson}/outcome", Map.of("held", true), WRITERS),
                row(HttpMethod.POST, "/api/lessons/{lesson}/close", WRITERS),
                row(HttpMethod.GET, "/api/lessons/{lesson}", ANYONE),
                row(HttpMethod.GET, "/api/lessons/{lesson}/history", ANYONE),
                row(HttpMethod.GET, "/api/people/admin", ANYONE),
                row(HttpMethod.PUT, "/api/people/me/skills", Map.of("skills", List.of("java")), ANYONE),
                row(HttpMethod.PUT, "/api/people/me/expertise", Map.of("visible", true), ANYONE),
                row(HttpMethod.POST, "/api/people/admin/endorsements", Map.of("skill", "java"), ANYONE),
                row(HttpMethod.GET, "/api/me/tokens", ANYONE),
                row(HttpMethod.GET, "/api/me/notification-settings", ANYONE),
                row(HttpMethod.POST, "/api/saved-searches", Map.of("name", "Plans", "q", "plan"), ANYONE),
                row(HttpMethod.GET, "/api/saved-searches", ANYONE),
                row(HttpMethod.DELETE, "/api/saved-searches/no-such-search", ANYONE),
                row(HttpMethod.PUT, "/api/me/notification-settings", Map.of("delivery", "NONE"), ANYONE),
                row(HttpMethod.POST, "/api/me/tokens", Map.of("name", "matrix"), ANYONE),
                row(HttpMethod.GET, "/api/audit/events?type=DocumentUploaded", Set.of(Caller.AUDITOR, Caller.ADMIN)),
                row(HttpMethod.GET, "/api/admin/users", Set.of(Caller.ADMIN)),
                row(HttpMethod.POST, "/api/admin/users", "new account", Set.of(Caller.ADMIN)),
                row(HttpMethod.POST, "/api/admin/users/nobody-in-the-matrix/password-reset",
                        Map.of("password", "temporary password"), Set.of(Caller.ADMIN)),
                row(HttpMethod.POST, "/api/admin/users/nobody-in-the-matrix/disable", Set.of(Caller.ADMIN)),
                row(HttpMethod.POST, "/api/admin/users/nobody-in-the-matrix/enable", Set.of(Caller.ADMIN)),
                row(HttpMethod.PUT, "/api/me/password", Map.of("current", "not the password", "password", "x"),
                        ANYONE),
                row(HttpMethod.PUT, "/api/admin/users/{someone}", Map.of("roles", List.of("READER")),
                        Set.of(Caller.ADMIN)),
                row(HttpMethod.GET, "/actuator/info", Set.of(Caller.ADMIN)),
                row(HttpMethod.GET, "/actuator/health", Set.of(Caller.values())));
        return rows.stream().flatMap(row -> Stream.of(Caller.values()).map(caller -> Arguments.of(row, caller)));
    }

    @BeforeAll
    void sign_in_every_role_and_prepare_what_they_act_on() {
        callers.put(Caller.ANONYMOUS, api(null, null));
        for (Caller caller : Caller.values()) {
            if (caller != Caller.ANONYMOUS) {
                callers.put(caller, withToken(newUser(caller.name().toLowerCase(), caller.name())));
            }
        }
        Api admin = admin();
        ids.put("doc", upload(admin));
        ids.put("erasable", upload(admin));
        ids.put("practice", admin.post("/api/practices", Map.of("title", "Matrix practice", "body", "Do it."))
                .getBody().get("id").asText());
        ids.put("lesson", admin.post("/api/lessons", Map.of("title", "Matrix failure", "whatHappened", "It broke.",
                "severity", "LOW", "failedOn", "2026-11-01")).getBody().get("id").asText());
        ids.put("someone", newUser("someone", "READER").username());
        admin.put("/api/people/me/skills", Map.of("skills", List.of("java")));
        for (Caller writer : WRITERS) {
            ids.put("myDoc" + writer, upload(callers.get(writer)));
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void only_the_allowed_roles_get_past_security(Row row, Caller caller) {
        ResponseEntity<String> response = call(callers.get(caller), row, caller);

        if (row.allowed().contains(caller)) {
            assertThat(response.getStatusCode().value()).as(response.getBody())
                    .isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(response.getStatusCode())
                    .isEqualTo(caller == Caller.ANONYMOUS ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private ResponseEntity<String> call(Api api, Row row, Caller caller) {
        String path = row.path();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        path = path.replace("{myDoc}", ids.getOrDefault("myDoc" + caller, ids.get("doc")));
        if (row.body() == FILE) {
            return api.multipart(path, file());
        }
        Object body = "new account".equals(row.body()) ? newAccount() : row.body();
        return api.exchange(row.method(), path, body);
    }

    private static String upload(Api api) {
        return api.multipart("/api/documents", file()).getHeaders().getLocation().getPath()
                .substring("/api/documents/".length());
    }

    private static LinkedMultiValueMap<String, Object> file() {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource("A plan for the matrix.".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "plan.txt";
            }
        });
        return parts;
    }

    private static Map<String, Object> newAccount() {
        return Map.of("username", "made-" + UUID.randomUUID().toString().substring(0, 8),
                "password", "a long enough password", "roles", List.of("READER"));
    }

    private static Row row(HttpMethod method, String path, Set<Caller> allowed) {
        return new Row(method, path, null, allowed);
    }

    private static Row row(HttpMethod method, String path, Object body, Set<Caller> allowed) {
        return new Row(method, path, body, allowed);
    }
}
