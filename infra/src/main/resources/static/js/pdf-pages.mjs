// A PDF's pages, drawn in the reader's browser by PDF.js (a webjar served by Praxis itself): the first pages at
// once, more on request. The server never renders a PDF; parsing untrusted files stays in its worker processes.
import * as pdfjs from "/webjars/pdfjs-dist/build/pdf.min.mjs";

const FIRST = 3;
const MORE = 5;

pdfjs.GlobalWorkerOptions.workerSrc = "/webjars/pdfjs-dist/build/pdf.worker.min.mjs";

async function show(container) {
    const status = container.querySelector("[data-pdf-status]");
    const more = container.querySelector("[data-pdf-more]");
    const pages = container.querySelector("[data-pdf-canvases]");
    try {
        // no eval, no injected font faces: the page keeps its Content-Security-Policy
        const pdf = await pdfjs.getDocument({ url: container.dataset.pdf, isEvalSupported: false,
            disableFontFace: true, withCredentials: true }).promise;
        let drawn = 0;
        const draw = async function (count) {
            const last = Math.min(pdf.numPages, drawn + count);
            for (let number = drawn + 1; number <= last; number++) {
                const page = await pdf.getPage(number);
                const viewport = page.getViewport({ scale: 1.3 });
                const canvas = document.createElement("canvas");
                canvas.width = viewport.width;
                canvas.height = viewport.height;
                canvas.setAttribute("role", "img");
                canvas.setAttribute("aria-label", "Page " + number + " of " + pdf.numPages);
                pages.appendChild(canvas);
                await page.render({ canvasContext: canvas.getContext("2d"), viewport: viewport }).promise;
            }
            drawn = last;
            status.textContent = "Pages 1 to " + drawn + " of " + pdf.numPages;
            more.hidden = drawn >= pdf.numPages;
        };
        more.addEventListener("click", function () { draw(MORE); });
        await draw(FIRST);
    } catch (failure) {
        status.textContent = "The pages could not be shown here (" + failure.message + "); download the file.";
    }
}

document.querySelectorAll("[data-pdf]").forEach(show);
