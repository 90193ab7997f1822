// The side menu on narrow screens: the top bar's button opens and closes it.
(function () {
    var toggle = document.getElementById('menuToggle');
    var sidebar = document.getElementById('sidebar');
    if (!toggle || !sidebar) {
        return;
    }
    toggle.addEventListener('click', function () {
        var open = document.body.classList.toggle('crm-menu-open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
})();
