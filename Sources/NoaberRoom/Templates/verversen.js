// Reloads the page when the session moves on (a step opens or closes, results are shown, the session ends).
// Everything works without it: the page is plain HTML and forms.
(function () {
    var stand = document.body.getAttribute("data-stand");
    function kijk() {
        fetch("/stand", { credentials: "same-origin", cache: "no-store" })
            .then(function (antwoord) { return antwoord.ok ? antwoord.text() : stand; })
            .then(function (nieuw) {
                var bezig = document.activeElement && /INPUT|TEXTAREA|SELECT/.test(document.activeElement.tagName);
                if (nieuw !== stand && !bezig) { window.location.reload(); }
            })
            .catch(function () {})
            .then(function () { window.setTimeout(kijk, 3000); });
    }
    window.setTimeout(kijk, 3000);
})();
