package org.praxis.app.notification;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.app.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.praxis.app.support.Responses.assertProblem;

/**
 * Notifications by e-mail, sent to a real SMTP server inside the test (GreenMail): as they come or as a daily
 * digest, each once, and never about an item the recipient may not see.
 */
class NotificationMailIT extends PraxisIT {

    private static final String SETTINGS = "/api/me/notification-settings";

    @Autowired
    MailDelivery delivery;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMentionIsMailedOnceToWhoeverAskedForImmediateMail() throws Exception {
        Api ann = withToken(newUser("ann", "CONTRIBUTOR"));
        Api bob = withToken(newUser("bob", "READER"));
        String address = ann.username() + "@example.test";
        assertThat(ann.get(SETTINGS).getBody().get("delivery").asText()).isEqualTo("NONE");
        assertProblem(ann.put(SETTINGS, Map.of("delivery", "IMMEDIATE")), HttpStatus.BAD_REQUEST, "e-mail address");
        assertProblem(ann.put(SETTINGS, Map.of("delivery", "IMMEDIATE", "email", "ann at work")),
                HttpStatus.BAD_REQUEST, "not an e-mail address");
        assertThat(ann.put(SETTINGS, Map.of("delivery", "IMMEDIATE", "email", address)).getBody()
                .get("mailAvailable").asBoolean()).isTrue();
        String title = "Deploy in pairs " + uniqueWord("t");
        String practice = ann.post("/api/practices", Map.of("title", title, "body", "Two people deploy."))
                .getBody().get("id").asText();

        bob.post("/api/practices/" + practice + "/comments", Map.of("text", "Also at night, @" + ann.username() + "?"));

        List<MimeMessage> mails = mailsAfterRounds(address, 1, Instant.now());
        assertThat(mails.get(0).getSubject()).isEqualTo("Praxis: mentioned you — " + title);
        assertThat(GreenMailUtil.getBody(mails.get(0))).contains(bob.username() + " commented", "Also at night",
                "/practices/" + practice);
        delivery.deliverAt(Instant.now());
        assertThat(mailsTo(address)).as("mailed once").hasSize(1);
    }

    @Test
    void aDailyDigestGathersWhatHappenedInOneMailADay() throws Exception {
        Api carl = withToken(newUser("carl", "CONTRIBUTOR"));
        Api dora = withToken(newUser("dora", "READER"));
        String address = carl.username() + "@example.test";
        carl.put(SETTINGS, Map.of("delivery", "DAILY", "email", address));
        String practice = carl.post("/api/practices", Map.of("title", "Label the cables", "body", "Both ends."))
                .getBody().get("id").asText();
        String comments = "/api/practices/" + practice + "/comments";
        dora.post(comments, Map.of("text", "With the rack number too?"));
        dora.post(comments, Map.of("text", "And the port."));
        awaitNotifications(carl, 2);

        Instant today = Instant.now();
        List<MimeMessage> digest = mailsAfterRounds(address, 1, today);
        assertThat(digest.get(0).getSubject()).isEqualTo("Praxis: 2 new notifications today");
        assertThat(GreenMailUtil.getBody(digest.get(0))).contains("rack number", "the port");

        dora.post(comments, Map.of("text", "Colour codes, maybe."));
        awaitNotifications(carl, 3);
        delivery.deliverAt(today.plus(Duration.ofHours(2)));
        assertThat(mailsTo(address)).as("one digest a day").hasSize(1);
        List<MimeMessage> next = mailsAfterRounds(address, 2, today.plus(Duration.ofHours(25)));
        assertThat(GreenMailUtil.getBody(next.get(1))).contains("Colour codes").doesNotContain("rack number");
    }

    /** The canary for e-mail: a mention in a private document's discussion is never mailed to an outsider. */
    @Test
    void aNotificationAboutADocumentTheRecipientMayNotSeeIsNeverMailed() throws Exception {
        Api owner = withToken(newUser("owner", "CONTRIBUTOR"));
        Api outsider = withToken(newUser("outsider", "CONTRIBUTOR", "CURATOR", "AUDITOR"));
        String address = outsider.username() + "@example.test";
        outsider.put(SETTINGS, Map.of("delivery", "IMMEDIATE", "email", address));
        String secret = owner.upload(note("salary bands"), "bands.txt", Map.of("visibility", "PRIVATE"))
                .getBody().get("id").asText();
        String open = owner.upload(note("office plan"), "office.txt", Map.of()).getBody().get("id").asText();
        owner.post("/api/documents/" + secret + "/comments", Map.of("text", "@" + outsider.username()
                + " must not hear of the bands"));
        owner.post("/api/documents/" + open + "/comments", Map.of("text", "@" + outsider.username() + ", the office"));
        await().atMost(Duration.ofMinutes(1)).until(() -> jdbc.queryForObject("select count(*) from "
                + "praxis_notification where recipient = ?", Integer.class, outsider.username()) == 2);

        List<MimeMessage> mails = mailsAfterRounds(address, 1, Instant.now());
        delivery.deliverAt(Instant.now());
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(mails.get(0).getSubject() + GreenMailUtil.getBody(mails.get(0))).contains("the office", open)
                .doesNotContain(secret, "bands", "must not hear");
    }

    /** Runs mail rounds as of {@code now} until {@code count} mails reached the address (notifications lag events). */
    private List<MimeMessage> mailsAfterRounds(String address, int count, Instant now) {
        return await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(300)).until(() -> {
            delivery.deliverAt(now);
            return mailsTo(address);
        }, mails -> mails.size() >= count);
    }

    private void awaitNotifications(Api person, int count) {
        person.getUntil("/api/me/notifications", inbox -> inbox.get("total").asInt() >= count);
    }

    private static List<MimeMessage> mailsTo(String address) throws MessagingException {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
