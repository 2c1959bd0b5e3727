package org.praxis.app.person;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.common.RuleViolation;
import org.praxis.command.person.AddNameCommand;
import org.praxis.command.person.MergePersonCommand;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.NotFound;
import org.praxis.query.person.PeopleQueries;
import org.praxis.query.person.PersonEntry;
import org.praxis.query.person.PersonNames;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/people/merges} {@code {from, into}} (admins only): {@code from} and {@code into} are the
 * same person. {@code into} is a registered person; {@code from} is another registered person (what they did
 * counts for {@code into} from now on), or a person known from documents — their {@code author:…} id or the name
 * as a file writes it — whose name {@code into} is then known by as well. Answers 204; 404 when {@code into} is
 * nobody; 409 when {@code into} was merged into someone else or {@code from} already was.
 */
@RestController
class MergeController {

    private final CommandGateway commands;
    private final PeopleQueries people;

    MergeController(CommandGateway commands, PeopleQueries people) {
        this.commands = commands;
        this.people = people;
    }

    record Merge(String from, String into) {
    }

    @PostMapping("/api/admin/people/merges")
    ResponseEntity<Void> merge(@RequestBody Merge request, @AuthenticationPrincipal PraxisUser admin) {
        if (request.from() == null || request.from().isBlank() || request.into() == null || request.into().isBlank()) {
            throw new IllegalArgumentException("from and into are required: who is merged into whom");
        }
        String into = request.into().strip();
        PersonEntry target = people.person(into).orElseThrow(() -> new NotFound("person " + into));
        if (target.mergedInto() != null) {
            throw new RuleViolation(into + " was merged into " + target.mergedInto() + "; merge into them");
        }
        String from = request.from().strip();
        if (people.person(from).isPresent()) {
            commands.sendAndWait(new MergePersonCommand(from, into, admin.getUsername()));
        } else {
            String name = PersonNames.isKnownFromDocuments(from)
                    ? from.substring(PersonNames.KNOWN_FROM_DOCUMENTS.length()).replace('-', ' ') : from;
            commands.sendAndWait(new AddNameCommand(into, name, admin.getUsername()));
        }
        return ResponseEntity.noContent().build();
    }
}
