// "My workshop" with JavaScript: add and remove tools from any card of the library and from a sheet,
// kept in this browser's own storage (never sent anywhere but in the workshop's address).
// Without this script every "Add to my workshop" is a link that opens the workshop with that tool.
(function () {
    "use strict";
    var MAX_TOOLS = 12;
    var key = "sbm-workshop:" + document.documentElement.lang;

    function stored() {
        try {
            var value = JSON.parse(window.localStorage.getItem(key) || "[]");
            return Array.isArray(value) ? value.filter(function (slug) { return typeof slug === "string"; }).slice(0, MAX_TOOLS) : [];
        } catch (error) {
            return [];
        }
    }
    function store(slugs) {
        try { window.localStorage.setItem(key, JSON.stringify(slugs.slice(0, MAX_TOOLS))); } catch (error) { /* storage off: the links still work */ }
    }
    function address(base, slugs) {
        return slugs.length ? base + "?tools=" + slugs.map(encodeURIComponent).join(",") : base;
    }

    // The workshop page: what its address holds becomes this browser's workshop.
    var page = document.querySelector("[data-workshop-choice]");
    if (page) {
        store(JSON.parse(page.getAttribute("data-workshop-choice")));
        return;
    }

    var bar = document.querySelector("[data-workshop-bar]");
    var link = bar && bar.querySelector("[data-workshop-link]");
    var status = bar && bar.querySelector("[data-workshop-status]");
    var labels = bar ? bar.dataset : {};

    function refreshBar(message) {
        var slugs = stored();
        if (!link) { return; }
        link.href = address(link.getAttribute("data-base"), slugs);
        link.querySelector("[data-workshop-count]").textContent = slugs.length ? " (" + slugs.length + ")" : "";
        if (message && status) { status.textContent = message; }
    }

    document.querySelectorAll("a[data-workshop-add]").forEach(function (anchor) {
        var slug = anchor.getAttribute("data-workshop-add");
        var base = anchor.getAttribute("href").split("?")[0];
        if (anchor.hasAttribute("data-workshop-go")) {
            // A sheet: add the tool to the workshop so far, then open it.
            anchor.addEventListener("click", function (event) {
                var slugs = stored();
                if (slugs.indexOf(slug) === -1 && slugs.length < MAX_TOOLS) { slugs.push(slug); }
                store(slugs);
                event.preventDefault();
                window.location.href = address(base, slugs.indexOf(slug) === -1 ? slugs.concat([slug]) : slugs);
            });
            return;
        }
        if (!bar) { return; }
        // A card of the library: a toggle button in place of the link.
        var title = anchor.querySelector(".visually-hidden");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "button--quiet tool-card__toggle";
        var text = document.createElement("span");
        button.appendChild(text);
        if (title) { button.appendChild(title.cloneNode(true)); }
        function show() {
            var chosen = stored().indexOf(slug) !== -1;
            button.setAttribute("aria-pressed", chosen ? "true" : "false");
            text.textContent = chosen ? labels.labelRemove : labels.labelAdd;
        }
        button.addEventListener("click", function () {
            var slugs = stored();
            var at = slugs.indexOf(slug);
            var message;
            if (at !== -1) {
                slugs.splice(at, 1);
                message = labels.labelRemoved;
            } else if (slugs.length >= MAX_TOOLS) {
                message = labels.labelFull;
            } else {
                slugs.push(slug);
                message = labels.labelAdded;
            }
            store(slugs);
            show();
            refreshBar(message.replace("%(title)s", title ? title.textContent.replace(/^:\s*/, "") : slug).replace("%(count)s", slugs.length));
        });
        show();
        anchor.replaceWith(button);
    });
    refreshBar("");
})();
