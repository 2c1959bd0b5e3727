// Praxis in the browser: every page works without this file; it adds CSRF headers to htmx requests
// and per-file upload progress.
(function () {
    "use strict";
    const header = document.querySelector('meta[name="csrf-header"]');
    const token = document.querySelector('meta[name="csrf-token"]');
    document.addEventListener("htmx:configRequest", function (event) {
        if (header && token) {
            event.detail.headers[header.content] = token.content;
        }
    });

    function uploadOne(form, file, list) {
        const item = document.createElement("li");
        const name = document.createElement("span");
        name.textContent = file.name;
        const state = document.createElement("span");
        const bar = document.createElement("progress");
        bar.max = 100;
        bar.value = 0;
        bar.setAttribute("aria-label", "Uploading " + file.name);
        state.appendChild(bar);
        item.append(name, state);
        list.appendChild(item);

        const data = new FormData();
        data.append("file", file);
        ["title", "tags", "project", "visibility", "groups"].forEach(function (field) {
            const input = form.elements[field];
            if (input && input.value && !(field === "title" && form.elements.file.files.length > 1)) {
                data.append(field, input.value);
            }
        });
        const request = new XMLHttpRequest();
        request.open("POST", form.dataset.fileAction);
        if (header && token) {
            request.setRequestHeader(header.content, token.content);
        }
        request.upload.addEventListener("progress", function (event) {
            if (event.lengthComputable) {
                bar.value = Math.round(100 * event.loaded / event.total);
            }
        });
        request.addEventListener("load", function () {
            const type = request.getResponseHeader("Content-Type") || "";
            let detail = "the server refused it (" + request.status + ")";
            if (type.startsWith("text/html")) {
                // the file's status is a fragment; a whole page means the upload was refused and the server sent
                // the form back with the reason on top (or a sign-in page, when the session ended)
                const page = new DOMParser().parseFromString(request.responseText, "text/html");
                if (request.status < 300 && !page.querySelector("header.bar, form[action$='/login']")) {
                    state.innerHTML = request.responseText; // rendered and escaped by the server
                    htmx.process(state);
                    return;
                }
                const reason = page.querySelector(".notice.error");
                detail = reason ? reason.textContent : page.querySelector("form[action$='/login']")
                    ? "you were signed out; sign in again and retry" : detail;
            } else {
                try { detail = JSON.parse(request.responseText).detail || detail; } catch (ignored) { }
            }
            state.textContent = "Failed: " + detail;
            item.classList.add("refused");
        });
        request.addEventListener("error", function () {
            state.textContent = "Upload failed: the connection was lost.";
        });
        request.send(data);
    }

    function enhanceUpload(form) {
        const zone = form.querySelector(".dropzone");
        const input = form.elements.file;
        const list = document.getElementById("uploads");
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            Array.from(input.files).forEach(function (file) { uploadOne(form, file, list); });
            input.value = "";
        });
        ["dragenter", "dragover"].forEach(function (type) {
            zone.addEventListener(type, function (event) { event.preventDefault(); zone.classList.add("over"); });
        });
        ["dragleave", "drop"].forEach(function (type) {
            zone.addEventListener(type, function () { zone.classList.remove("over"); });
        });
        zone.addEventListener("drop", function (event) {
            event.preventDefault();
            Array.from(event.dataTransfer.files).forEach(function (file) { uploadOne(form, file, list); });
        });
    }

    // a form whose change is large or cannot be undone asks first (data-confirm: the question)
    document.addEventListener("submit", function (event) {
        const question = event.target.dataset && event.target.dataset.confirm;
        if (question && !window.confirm(question)) {
            event.preventDefault();
        }
    }, true);

    // times marked data-local are shown in the reader's own time zone, and the column heading says which
    function localTimes() {
        const stamps = document.querySelectorAll("time[data-local]");
        if (stamps.length === 0) {
            return;
        }
        const format = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "2-digit", day: "2-digit",
            hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
        stamps.forEach(function (stamp) {
            stamp.textContent = format.format(new Date(stamp.getAttribute("datetime")));
        });
        const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        document.querySelectorAll("[data-zone]").forEach(function (label) { label.textContent = "(" + zone + ")"; });
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("form[data-file-action]").forEach(enhanceUpload);
        localTimes();
        // a PDF's pages are drawn by PDF.js, loaded only on a page that shows some
        if (document.querySelector("[data-pdf]")) {
            import("/js/pdf-pages.mjs");
        }
        // filters fold into a button on a phone only: on a wide screen they stand open beside the results
        if (window.matchMedia("(min-width: 48.01rem)").matches) {
            document.querySelectorAll("details[data-open-wide]").forEach(function (folded) { folded.open = true; });
        }
    });
})();
