// Turns the sheet's anchored sections into ARIA tabs; without this script every section shows.
(function () {
    "use strict";
    document.querySelectorAll("[data-tabs]").forEach(function (container) {
        var list = container.querySelector(".tabs__list");
        var links = Array.prototype.slice.call(list.querySelectorAll(".tabs__tab"));
        var panels = links.map(function (link) { return document.getElementById(link.hash.slice(1)); });
        if (panels.indexOf(null) !== -1) { return; }
        container.classList.add("tabs--enhanced");
        list.setAttribute("role", "tablist");
        list.querySelectorAll("li").forEach(function (item) { item.setAttribute("role", "presentation"); });
        links.forEach(function (link, index) {
            link.setAttribute("role", "tab");
            link.id = "tab-" + panels[index].id;
            link.setAttribute("aria-controls", panels[index].id);
            panels[index].setAttribute("role", "tabpanel");
            panels[index].setAttribute("aria-labelledby", link.id);
            panels[index].setAttribute("tabindex", "0");
        });
        function select(index, focus) {
            links.forEach(function (link, other) {
                var selected = other === index;
                link.setAttribute("aria-selected", selected ? "true" : "false");
                link.setAttribute("tabindex", selected ? "0" : "-1");
                panels[other].hidden = !selected;
            });
            if (focus) { links[index].focus(); }
        }
        links.forEach(function (link, index) {
            link.addEventListener("click", function (event) {
                event.preventDefault();
                select(index, false);
                history.replaceState(null, "", link.hash);
            });
            link.addEventListener("keydown", function (event) {
                var next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: links.length - 1 }[event.key];
                if (next === undefined) { return; }
                event.preventDefault();
                select((next + links.length) % links.length, true);
            });
        });
        // The panel holding the element an address points to: the tab itself, or a section inside a panel.
        function indexForHash(hash) {
            var target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
            return target ? panels.findIndex(function (panel) { return panel.contains(target); }) : -1;
        }
        window.addEventListener("hashchange", function () {
            var index = indexForHash(window.location.hash);
            if (index !== -1) { select(index, false); }
        });
        var start = indexForHash(window.location.hash);
        select(start === -1 ? 0 : start, false);
    });
})();
