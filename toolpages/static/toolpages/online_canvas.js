// The canvas online, with JavaScript: answers are kept in this browser's own storage as they are typed
// (never sent anywhere), come back on return, and can be cleared. Without it, the form works as is.
(function () {
    "use strict";
    var form = document.querySelector("[data-online-canvas]");
    if (!form) { return; }
    var key = form.dataset.storageKey;
    var storage;
    try {
        storage = window.localStorage;
        storage.setItem(key + ":test", "1");
        storage.removeItem(key + ":test");
    } catch (error) {
        return; // storage refused (private mode, settings): the plain form remains
    }
    var fields = Array.prototype.slice.call(form.querySelectorAll("textarea, input[type=text]"));
    var status = form.querySelector("[data-canvas-status]");
    var clear = form.querySelector("[data-canvas-clear]");

    function say(text) { if (status) { status.textContent = text; } }
    function read() {
        try { return JSON.parse(storage.getItem(key) || "{}") || {}; } catch (error) { return {}; }
    }
    function save() {
        var answers = {};
        fields.forEach(function (field) { if (field.value) { answers[field.name] = field.value; } });
        try {
            if (Object.keys(answers).length) { storage.setItem(key, JSON.stringify(answers)); } else { storage.removeItem(key); }
            say(form.dataset.savedLabel);
        } catch (error) { /* storage full: the form still works */ }
    }

    // What the server sent back (a form with an error) is newer than the stored draft: keep it, store it.
    var saved = read();
    var restored = false;
    var sentBack = fields.some(function (field) { return field.value; });
    if (sentBack) {
        save();
    } else {
        fields.forEach(function (field) {
            var value = saved[field.name];
            if (typeof value === "string" && value) { field.value = value; restored = true; }
        });
        if (restored) { say(form.dataset.restoredLabel); }
    }
    form.addEventListener("input", save);
    if (clear) {
        clear.hidden = false;
        clear.addEventListener("click", function () {
            fields.forEach(function (field) { field.value = ""; });
            storage.removeItem(key);
            say(form.dataset.clearedLabel);
            if (fields.length) { fields[0].focus(); }
        });
    }
})();
