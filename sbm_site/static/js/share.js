// Progressive enhancement: a "copy the link" button where the Clipboard API exists.
document.querySelectorAll("[data-copy-button]").forEach((button) => {
    const source = button.parentElement.querySelector("[data-copy-source]");
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", async () => {
        await navigator.clipboard.writeText(source.value);
        button.textContent = button.dataset.copiedLabel;
    });
});
