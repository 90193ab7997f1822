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

// SMS templates: a placeholder's button puts it where the cursor is in the template's text and
// asks for the preview again, as typing does.
function crmInsertToken(button) {
    var box = button.closest('.crm-sms-template');
    var text = box && box.querySelector('textarea');
    if (!text) {
        return;
    }
    var token = button.getAttribute('data-token');
    var start = text.selectionStart == null ? text.value.length : text.selectionStart;
    var end = text.selectionEnd == null ? start : text.selectionEnd;
    text.value = text.value.slice(0, start) + token + text.value.slice(end);
    text.focus();
    text.setSelectionRange(start + token.length, start + token.length);
    text.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}));
    text.dispatchEvent(new Event('input', {bubbles: true}));
}
