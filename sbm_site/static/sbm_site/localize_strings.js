// wagtail-localize 1.14's translation editor writes a few words in English whatever the user's
// language ("More actions", "Français to Deutsch translation"): its React app does not pass them
// through gettext. This puts the translations the server rendered into #sbm-localize-strings in
// their place, each time the app renders. Remove once wagtail-localize translates them.
function sbmLocalizeStrings() {
  const data = document.getElementById("sbm-localize-strings");
  if (!data || data.dataset.started) return;
  data.dataset.started = "true";
  // The app renders its footer outside its own element: watch the whole main area.
  const editor = document.querySelector("main") || document.body;
  const replacements = JSON.parse(data.textContent);

  function translate() {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      if (Object.prototype.hasOwnProperty.call(replacements, text)) {
        node.nodeValue = node.nodeValue.replace(text, replacements[text]);
      }
    }
  }

  new MutationObserver(translate).observe(editor, { childList: true, subtree: true, characterData: true });
  translate();
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", sbmLocalizeStrings);
} else {
  sbmLocalizeStrings();
}
