package org.praxis.app.lesson;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.common.RevisionConflict;
import org.praxis.command.common.RuleViolation;
import org.praxis.command.lesson.AddInsightCommand;
import org.praxis.command.lesson.CloseLessonCommand;
import org.praxis.command.lesson.RecordFailureCommand;
import org.praxis.command.lesson.RecordOutcomeCommand;
import org.praxis.command.lesson.ScheduleFollowUpCommand;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.events.lesson.Severity;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.DiscussedPage;
import org.praxis.platform.web.NotFound;
import org.praxis.platform.web.Page;
import org.praxis.query.history.History;
import org.praxis.query.lesson.LessonEntry;
import org.praxis.query.lesson.LessonQueries;
import org.praxis.query.search.SearchQuery;
import org.praxis.query.search.SearchService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Learning from failure in the browser: record a failure, make sense of it together, adapt, close. */
@Page
class LessonPages {

    private static final int LISTED = 30;

    private final CommandGateway commands;
    private final LessonQueries lessons;
    private final SearchService search;
    private final History history;
    private final Adaptations adaptations;
    private final PracticeChoices choices;

    LessonPages(CommandGateway commands, LessonQueries lessons, SearchService search, History history,
                Adaptations adaptations, PracticeChoices choices) {
        this.commands = commands;
        this.lessons = lessons;
        this.search = search;
        this.history = history;
        this.adaptations = adaptations;
        this.choices = choices;
    }

    @GetMapping("/lessons")
    String list(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal PraxisUser user, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", search.search(new SearchQuery(q, "lesson", null, null, null, null, null, 1,
                LISTED), user.viewer()));
        return "lessons/list";
    }

    @GetMapping("/lessons/new")
    String recordForm(Model model) {
        model.addAttribute("severities", Severity.values());
        model.addAttribute("today", LocalDate.now());
        return "lessons/new";
    }

    @PostMapping("/lessons")
    String record(@RequestParam String title, @RequestParam String whatHappened,
                  @RequestParam(required = false) String project, @RequestParam Severity severity,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate failedOn,
                  @AuthenticationPrincipal PraxisUser user) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordFailureCommand(id, title, whatHappened, project, severity, failedOn,
                user.getUsername()));
        return "redirect:/lessons/" + id;
    }

    /** The lesson's page; {@code practiceQuery}: the words of a practice to adapt, whose matches it offers. */
    @GetMapping("/lessons/{id}")
    String lesson(@PathVariable String id, @RequestParam(required = false) String practiceQuery,
                  @AuthenticationPrincipal PraxisUser user, Model model) {
        LessonEntry lesson = lessons.find(id).orElseThrow(() -> new NotFound("lesson"));
        model.addAttribute("lesson", lesson);
        model.addAttribute("practiceQuery", practiceQuery);
        model.addAttribute("practiceChoices", choices.find(practiceQuery, user));
        Map<String, String> titles = new HashMap<>();
        lesson.adaptations().forEach(adaptation -> titles.computeIfAbsent(adaptation.practiceId(), choices::title));
        model.addAttribute("practiceTitles", titles);
        model.addAttribute("history", history.ofLesson(id));
        DiscussedPage.show(model, DiscussedItem.LESSON, id);
        return "lessons/lesson";
    }

    @PostMapping("/lessons/{id}/insights")
    String addInsight(@PathVariable String id, @RequestParam String text, @AuthenticationPrincipal PraxisUser user,
                      RedirectAttributes redirect) {
        commands.sendAndWait(new AddInsightCommand(id, text, user.getUsername()));
        redirect.addFlashAttribute("notice", "Insight added.");
        return "redirect:/lessons/" + id;
    }

    /** The practices matching the words, as choices for the adaptation form (the page asks while one types). */
    @GetMapping("/lessons/{id}/practice-choices")
    String practiceChoices(@PathVariable String id, @RequestParam(defaultValue = "") String practiceQuery,
                           @AuthenticationPrincipal PraxisUser user, Model model) {
        model.addAttribute("practiceQuery", practiceQuery);
        model.addAttribute("practiceChoices", choices.find(practiceQuery, user));
        return "lessons/lesson :: choices";
    }

    /**
     * Revises the chosen practice ({@code practice}: {@code id@revision}, the revision it was chosen at), or drafts
     * a new one when none is chosen. When it cannot be done (the practice changed meanwhile, a field is missing) the
     * page says why and keeps everything typed.
     */
    @PostMapping("/lessons/{id}/adaptations")
    String adapt(@PathVariable String id, @RequestParam(required = false) String practice,
                 @RequestParam String title, @RequestParam String body,
                 @RequestParam(required = false) String rationale, @AuthenticationPrincipal PraxisUser user,
                 RedirectAttributes redirect) {
        String practiceId = practice == null || practice.isBlank() ? null : practice.split("@", 2)[0];
        Integer expectedRevision = practice == null || !practice.contains("@") ? null
                : Integer.valueOf(practice.substring(practice.indexOf('@') + 1));
        LessonRequests.AdaptationReceipt receipt;
        try {
            receipt = adaptations.adapt(id, new LessonRequests.Adaptation(practiceId, expectedRevision, title, body,
                    rationale, Set.of(), null), user.actor());
        } catch (IllegalArgumentException | RuleViolation | CommandExecutionException refused) {
            redirect.addFlashAttribute("typed", Map.of("title", title, "body", body,
                    "rationale", rationale == null ? "" : rationale));
            redirect.addFlashAttribute("error", refusal(refused, practiceId));
            return "redirect:/lessons/" + id + "#adapt";
        }
        redirect.addFlashAttribute("notice", receipt.proposal() != null
                ? "Proposed for review as proposal " + receipt.proposal() + " of the practice: once a curator "
                + "approves it, the new revision is linked to this lesson."
                : "The practice is at revision " + receipt.practiceRevision() + " and linked to this lesson.");
        return "redirect:/lessons/" + id;
    }

    @PostMapping("/lessons/{id}/follow-up")
    String followUp(@PathVariable String id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        commands.sendAndWait(new ScheduleFollowUpCommand(id, on, user.getUsername()));
        redirect.addFlashAttribute("notice", "You will be reminded on " + on + " to record whether it held.");
        return "redirect:/lessons/" + id;
    }

    @PostMapping("/lessons/{id}/outcome")
    String outcome(@PathVariable String id, @RequestParam boolean held, @RequestParam(required = false) String note,
                   @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        commands.sendAndWait(new RecordOutcomeCommand(id, held, note, user.getUsername()));
        redirect.addFlashAttribute("notice", "Outcome recorded.");
        return "redirect:/lessons/" + id;
    }

    @PostMapping("/lessons/{id}/close")
    String close(@PathVariable String id, @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        commands.sendAndWait(new CloseLessonCommand(id, user.getUsername()));
        redirect.addFlashAttribute("notice", "Lesson closed.");
        return "redirect:/lessons/" + id;
    }

    /** Why an adaptation was refused, in words that say what to do next. */
    private static String refusal(RuntimeException refused, String practiceId) {
        Throwable cause = refused instanceof CommandExecutionException && refused.getCause() != null
                ? refused.getCause() : refused;
        if (cause instanceof RevisionConflict) {
            return "The practice was changed meanwhile: find it again to write against its current revision. "
                    + "Nothing was saved; your text is kept below.";
        }
        if (cause instanceof IllegalArgumentException || cause instanceof RuleViolation) {
            return "Not saved: " + cause.getMessage() + ". Your text is kept below.";
        }
        return "Not saved" + (practiceId == null ? "" : " (practice " + practiceId + ")")
                + ": the change could not be recorded. Your text is kept below.";
    }
}
