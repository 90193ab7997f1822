// The deals board: a card is dragged with a mouse or a finger (pointer events) onto another
// column; dropping it there asks the server to move the deal (crmMoveDeal), or, on the lost column,
// opens the dialog that asks why (crmAskWhyLost). A tap without a drag opens the deal. The board is
// drawn again by the server after every move, so the handlers are bound to the document once.
(function () {
    var THRESHOLD = 6;
    var drag = null;

    function columnAt(x, y) {
        var under = document.elementFromPoint(x, y);
        return under && under.closest('.crm-kanban-col');
    }

    function clearTargets() {
        document.querySelectorAll('.crm-kanban-col.crm-drop-target').forEach(function (c) {
            c.classList.remove('crm-drop-target');
        });
    }

    document.addEventListener('pointerdown', function (event) {
        var card = event.target.closest('.crm-deal-card');
        if (!card || event.button > 0) {
            return;
        }
        drag = {card: card, x: event.clientX, y: event.clientY, moving: false, ghost: null,
            from: card.closest('.crm-kanban-col')};
    });

    document.addEventListener('pointermove', function (event) {
        if (!drag) {
            return;
        }
        var dx = event.clientX - drag.x;
        var dy = event.clientY - drag.y;
        if (!drag.moving) {
            if (Math.abs(dx) < THRESHOLD && Math.abs(dy) < THRESHOLD) {
                return;
            }
            if (!drag.card.classList.contains('crm-deal-movable')) {
                drag = null;
                return;
            }
            drag.moving = true;
            var box = drag.card.getBoundingClientRect();
            drag.ghost = drag.card.cloneNode(true);
            drag.ghost.classList.add('crm-deal-ghost');
            drag.ghost.style.width = box.width + 'px';
            drag.offsetX = drag.x - box.left;
            drag.offsetY = drag.y - box.top;
            document.body.appendChild(drag.ghost);
            drag.card.classList.add('crm-deal-dragged');
        }
        event.preventDefault();
        drag.ghost.style.left = (event.clientX - drag.offsetX) + 'px';
        drag.ghost.style.top = (event.clientY - drag.offsetY) + 'px';
        clearTargets();
        var column = columnAt(event.clientX, event.clientY);
        if (column && column !== drag.from) {
            column.classList.add('crm-drop-target');
        }
    }, {passive: false});

    function end(event, cancelled) {
        if (!drag) {
            return;
        }
        var d = drag;
        drag = null;
        clearTargets();
        if (!d.moving) {
            if (!cancelled) {
                window.location.href = d.card.getAttribute('data-href');
            }
            return;
        }
        d.ghost.remove();
        d.card.classList.remove('crm-deal-dragged');
        var column = cancelled ? null : columnAt(event.clientX, event.clientY);
        if (!column || column === d.from) {
            return;
        }
        var params = [{name: 'deal', value: d.card.getAttribute('data-deal')},
            {name: 'version', value: d.card.getAttribute('data-version')},
            {name: 'stage', value: column.getAttribute('data-stage')}];
        column.querySelector('.crm-kanban-cards').appendChild(d.card);
        if (column.getAttribute('data-outcome') === 'LOST') {
            crmAskWhyLost(params);
        } else {
            crmMoveDeal(params);
        }
    }

    document.addEventListener('pointerup', function (event) {
        end(event, false);
    });
    document.addEventListener('pointercancel', function (event) {
        end(event, true);
    });
})();
