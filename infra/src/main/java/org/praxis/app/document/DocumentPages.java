package org.praxis.app.document;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.document.EditDocumentCommand;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.events.document.Visibility;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.DiscussedPage;
import org.praxis.platform.web.Names;
import org.praxis.platform.web.Page;
import org.praxis.query.document.DocumentEntry;
import org.praxis.query.history.History;
import org.praxis.query.search.RelatedDocuments;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The upload page (several files at once, each with its own progress and status) and a document's
 * page: metadata, versions, a preview of its text, download, related documents and history.
 */
@Page
class DocumentPages {

    private static final int PREVIEW_CHARACTERS = 5_000;
    private static final int RELATED = 5;

    private final DocumentUploads uploads;
    private final DocumentAccess access;
    private final History history;
    private final RelatedDocuments related;
    private final CommandGateway commands;
    private final DocumentErasure erasure;
    private final DocumentArchiving archiving;

    DocumentPages(DocumentUploads uploads, DocumentAccess access, History history, RelatedDocuments related,
                  CommandGateway commands, DocumentErasure erasure, DocumentArchiving archiving) {
        this.erasure = erasure;
        this.archiving = archiving;
        this.uploads = uploads;
        this.access = access;
        this.history = history;
        this.related = related;
        this.commands = commands;
    }

    @GetMapping("/upload")
    String uploadForm() {
        return "documents/upload";
    }

    /** Without JavaScript: every chosen file in one form; the page then lists them with their status. */
    @PostMapping("/upload")
    String upload(@RequestParam("file") List<MultipartFile> files, @RequestParam(required = false) String tags,
                  @RequestParam(required = false) String project,
                  @RequestParam(defaultValue = "ORGANIZATION") Visibility.Scope visibility,
                  @RequestParam(required = false) String groups, @AuthenticationPrincipal PraxisUser user,
                  RedirectAttributes redirect) throws IOException {
        List<String> ids = new ArrayList<>();
        StringBuilder copies = new StringBuilder();
        for (MultipartFile file : files) {
            DocumentUploads.Upload upload = store(file, null, tags, project, visibility, groups, user);
            ids.add(upload.documentId());
            copies.append(sameContent(upload));
        }
        redirect.addFlashAttribute("uploaded", ids);
        redirect.addFlashAttribute("notice", (ids.size() == 1 ? "1 file uploaded." : ids.size() + " files uploaded.")
                + copies);
        return "redirect:/upload";
    }

    /** With JavaScript: one file per request; the answer is its status, which refreshes itself until settled. */
    @PostMapping("/upload/file")
    String uploadOne(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String title,
                     @RequestParam(required = false) String tags, @RequestParam(required = false) String project,
                     @RequestParam(defaultValue = "ORGANIZATION") Visibility.Scope visibility,
                     @RequestParam(required = false) String groups, @AuthenticationPrincipal PraxisUser user,
                     Model model) throws IOException {
        DocumentUploads.Upload upload = store(file, title, tags, project, visibility, groups, user);
        model.addAttribute("document", access.visible(upload.documentId(), user));
        model.addAttribute("sameContent", upload.sameContent());
        return "documents/status :: upload";
    }

    @GetMapping("/documents/{id}/status")
    String status(@PathVariable String id, @AuthenticationPrincipal PraxisUser user, Model model) {
        model.addAttribute("document", access.shown(id, user));
        return "documents/status :: status";
    }

    /** The document's page; {@code q}, the search it was found by, is marked in its text with a jump to the first. */
    @GetMapping("/documents/{id}")
    String document(@PathVariable String id, @RequestParam(required = false) String q,
                    @AuthenticationPrincipal PraxisUser user, Model model) {
        DocumentEntry document = access.shown(id, user);
        String text = document.text() == null ? "" : document.text();
        model.addAttribute("document", document);
        String preview = text.length() > PREVIEW_CHARACTERS ? text.substring(0, PREVIEW_CHARACTERS) : text;
        model.addAttribute("preview", preview);
        model.addAttribute("marked", MarkedText.of(preview, q));
        model.addAttribute("q", q);
        model.addAttribute("previewCut", text.length() > PREVIEW_CHARACTERS);
        model.addAttribute("mayChange", DocumentAccess.mayChange(document, user));
        model.addAttribute("related", related.related(id, user.viewer(), RELATED));
        model.addAttribute("history", history.ofDocument(id));
        DiscussedPage.show(model, DiscussedItem.DOCUMENT, id);
        return "documents/document";
    }

    @GetMapping("/documents/{id}/download")
    ResponseEntity<Resource> download(@PathVariable String id, @RequestParam(required = false) Integer version,
                                      @AuthenticationPrincipal PraxisUser user) throws IOException {
        return access.download(id, version, user);
    }

    @PostMapping("/documents/{id}/versions")
    String addVersion(@PathVariable String id, @RequestParam("file") MultipartFile file,
                      @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) throws IOException {
        access.changeable(id, user);
        DocumentUploads.Upload upload = uploads.addVersion(id, file, user, null);
        redirect.addFlashAttribute("notice", "Version " + upload.receipt().version() + " uploaded; its text is "
                + "being read." + sameContent(upload));
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}")
    String change(@PathVariable String id, @RequestParam String title, @RequestParam(required = false) String tags,
                  @RequestParam Visibility.Scope visibility, @RequestParam(required = false) String groups,
                  @RequestParam(required = false) String project, @AuthenticationPrincipal PraxisUser user,
                  RedirectAttributes redirect) {
        access.visible(id, user);
        commands.sendAndWait(new EditDocumentCommand(id, title, Names.of(tags),
                new Visibility(visibility, Names.of(groups)), project, user.actor()));
        redirect.addFlashAttribute("notice", "Saved.");
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/archive")
    String archive(@PathVariable String id, @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect)
            throws InterruptedException {
        archiving.archive(id, user);
        redirect.addFlashAttribute("notice", "Archived: search no longer lists it; it keeps its page and history.");
        return "redirect:/documents/" + id;
    }

    /** Admins only (see the security configuration). */
    @PostMapping("/admin/documents/{id}/erasure")
    String erase(@PathVariable String id, @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect)
            throws IOException {
        DocumentErasure.Erasure done = erasure.erase(id, user.getUsername());
        redirect.addFlashAttribute("notice", "Erased. " + done.destroyedBlobs() + " stored files destroyed"
                + (done.sameContentIn().isEmpty() ? "." : "; the same content is still in " + done.sameContentIn()));
        return "redirect:/search";
    }

    private DocumentUploads.Upload store(MultipartFile file, String title, String tags, String project,
                                         Visibility.Scope visibility, String groups, PraxisUser user)
            throws IOException {
        return uploads.upload(file, title, Names.of(tags), project, new Visibility(visibility, Names.of(groups)), user,
                null);
    }

    /** " Same bytes as “X”." for each document the uploader may see holding them; empty if none. */
    private static String sameContent(DocumentUploads.Upload upload) {
        StringBuilder text = new StringBuilder();
        upload.sameContent().forEach(copy -> text.append(" Same bytes as \u201c").append(copy.displayTitle())
                .append("\u201d."));
        return text.toString();
    }
}
