package org.praxis.app.person;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.person.ChangeExpertiseVisibilityCommand;
import org.praxis.command.person.ChangeNamesCommand;
import org.praxis.command.person.DeclareSkillsCommand;
import org.praxis.command.person.EndorseSkillCommand;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.NotFound;
import org.praxis.query.expertise.KnownFromDocuments;
import org.praxis.query.person.PeopleQueries;
import org.praxis.query.person.PersonProfile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/**
 * {@code /api/people}: profiles for expertise location. Everyone declares their own skills, the other ways
 * their name is written and their e-mail addresses (so that files naming them count as theirs), and decides whether
 * to be found as an expert; colleagues endorse skills. {@code GET /api/people/known-from-documents} lists the
 * authors files name who have no account.
 */
@RestController
@RequestMapping("/api/people")
class PersonController {

    private final CommandGateway commands;
    private final PeopleQueries people;
    private final KnownFromDocuments knownFromDocuments;

    PersonController(CommandGateway commands, PeopleQueries people, KnownFromDocuments knownFromDocuments) {
        this.commands = commands;
        this.people = people;
        this.knownFromDocuments = knownFromDocuments;
    }

    record Names(Set<String> names, Set<String> emails) {
    }

    record Skills(Set<String> skills) {
    }

    record Endorsement(String skill) {
    }

    record ExpertVisibility(Boolean visible) {
    }

    @GetMapping("/{username}")
    PersonProfile get(@PathVariable String username, @AuthenticationPrincipal PraxisUser user) {
        return people.find(username, user.viewer()).orElseThrow(() -> new NotFound("person"));
    }

    @GetMapping("/known-from-documents")
    List<KnownFromDocuments.Author> knownFromDocuments(@AuthenticationPrincipal PraxisUser user) {
        return knownFromDocuments.list(user.viewer());
    }

    /** Replaces the other spellings of the caller's name and their e-mail addresses (each at most 20). */
    @PutMapping("/me/names")
    ResponseEntity<Void> names(@RequestBody Names request, @AuthenticationPrincipal PraxisUser user) {
        commands.sendAndWait(new ChangeNamesCommand(user.getUsername(), request.names(), request.emails(),
                user.getUsername()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/me/skills")
    ResponseEntity<Void> declareSkills(@RequestBody Skills request, @AuthenticationPrincipal PraxisUser user) {
        commands.sendAndWait(new DeclareSkillsCommand(user.getUsername(), request.skills(), user.getUsername()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/me/expertise")
    ResponseEntity<Void> expertise(@RequestBody ExpertVisibility request, @AuthenticationPrincipal PraxisUser user) {
        if (request.visible() == null) {
            throw new IllegalArgumentException("visible (true or false) is required");
        }
        commands.sendAndWait(new ChangeExpertiseVisibilityCommand(user.getUsername(), request.visible(),
                user.getUsername()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{username}/endorsements")
    ResponseEntity<Void> endorse(@PathVariable String username, @RequestBody Endorsement request,
                                 @AuthenticationPrincipal PraxisUser user) {
        commands.sendAndWait(new EndorseSkillCommand(username, request.skill(), user.getUsername()));
        return ResponseEntity.noContent().build();
    }
}
