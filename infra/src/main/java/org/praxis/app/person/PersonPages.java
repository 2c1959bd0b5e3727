package org.praxis.app.person;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.app.security.PraxisUser;
import org.praxis.app.web.Names;
import org.praxis.app.web.NotFound;
import org.praxis.app.web.Page;
import org.praxis.command.person.ChangeExpertiseVisibilityCommand;
import org.praxis.command.person.DeclareSkillsCommand;
import org.praxis.command.person.EndorseSkillCommand;
import org.praxis.query.person.PeopleQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's page: skills, colleagues' endorsements, contributions; on one's own, skills and opting out. */
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
        model.addAttribute("profile", people.find(username, user.viewer()).orElseThrow(() -> new NotFound("person")));
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
