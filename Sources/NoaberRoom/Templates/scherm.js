// The projector: replaces the screen with each server-sent update and lets the step's timer count on between
// updates. Without it the page still shows everything, as of when it was loaded.
(function () {
    var scherm = document.getElementById("scherm");
    if (!scherm) { return; }
    var geladen = Date.now();

    function tweeCijfers(n) { return (n < 10 ? "0" : "") + n; }
    function klok(ms) {
        var s = Math.floor(Math.max(0, ms) / 1000);
        var uren = Math.floor(s / 3600);
        var rest = tweeCijfers(Math.floor(s / 60) % 60) + ":" + tweeCijfers(s % 60);
        return uren > 0 ? uren + ":" + rest : rest;
    }
    function tik() {
        var tijd = document.getElementById("tijd");
        if (!tijd) { return; }
        var ms = Number(tijd.getAttribute("data-ms"));
        if (tijd.getAttribute("data-loopt") === "true") { ms += Date.now() - geladen; }
        var gepland = Number(tijd.getAttribute("data-gepland-ms"));
        document.getElementById("verstreken").textContent = klok(ms);
        var over = ms > gepland;
        tijd.classList.toggle("over", over);
        document.getElementById("overtijd").textContent = over ? " · " + klok(ms - gepland) + " over tijd" : "";
    }
    if (window.EventSource) {
        var stroom = new EventSource(scherm.getAttribute("data-stroom"));
        stroom.addEventListener("scherm", function (bericht) {
            scherm.innerHTML = bericht.data;
            geladen = Date.now();
            tik();
        });
    }
    window.setInterval(tik, 1000);
})();
