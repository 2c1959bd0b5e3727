package org.praxis.app.person;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.person.ChangeExpertiseVisibilityCommand;
import org.praxis.command.person.ChangeNamesCommand;
import org.praxis.command.person.DeclareSkillsCommand;
import org.praxis.command.person.EndorseSkillCommand;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.Names;
import org.praxis.platform.web.NotFound;
import org.praxis.platform.web.Page;
import org.praxis.query.person.PeopleQueries;
import org.praxis.query.person.PersonProfile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's page: skills, colleagues' endorsements, contributions, other names; on one's own, skills, other names
 * and e-mail addresses, and opting out.
 */
@Page
class PersonPages {

    private final CommandGateway commands;
    private final PeopleQueries people;

    PersonPages(CommandGateway commands, PeopleQueries people) {
        this.commands = commands;
        this.people = people;
    }

    @GetMapping("/me")
    String me(@AuthenticationPrincipal PraxisUser user) {
        return "redirect:/people/" + user.getUsername();
    }

    @GetMapping("/people/{username}")
    String person(@PathVariable String username, @AuthenticationPrincipal PraxisUser user, Model model) {
        PersonProfile profile = people.find(username, user.viewer()).orElseThrow(() -> new NotFound("person"));
        model.addAttribute("profile", profile);
        model.addAttribute("namesText", String.join("\n", profile.person().names()));
        model.addAttribute("emailsText", String.join("\n", profile.person().emails()));
        model.addAttribute("own", username.equals(user.getUsername()));
        return "person";
    }

    @PostMapping("/me/skills")
    String declareSkills(@RequestParam(required = false) String skills, @AuthenticationPrincipal PraxisUser user,
                         RedirectAttributes redirect) {
        commands.sendAndWait(new DeclareSkillsCommand(user.getUsername(), Names.of(skills), user.getUsername()));
        redirect.addFlashAttribute("notice", "Your skills are saved.");
        return "redirect:/me";
    }

    @PostMapping("/me/names")
    String names(@RequestParam(required = false) String names, @RequestParam(required = false) String emails,
                 @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        commands.sendAndWait(new ChangeNamesCommand(user.getUsername(), lines(names), lines(emails),
                user.getUsername()));
        redirect.addFlashAttribute("notice", "The names you are known by are saved.");
        return "redirect:/me";
    }

    private static Set<String> lines(String text) {
        return text == null ? Set.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @PostMapping("/me/expertise")
    String expertise(@RequestParam boolean visible, @AuthenticationPrincipal PraxisUser user,
                     RedirectAttributes redirect) {
        commands.sendAndWait(new ChangeExpertiseVisibilityCommand(user.getUsername(), visible, user.getUsername()));
        redirect.addFlashAttribute("notice", visible ? "You are found as an expert again."
                : "You are no longer suggested as an expert.");
        return "redirect:/me";
    }

    @PostMapping("/people/{username}/endorsements")
    String endorse(@PathVariable String username, @RequestParam String skill,
                   @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        commands.sendAndWait(new EndorseSkillCommand(username, skill, user.getUsername()));
        redirect.addFlashAttribute("notice", "You endorsed " + username + " for " + skill + ".");
        return "redirect:/people/" + username;
    }
}
