// Sends the CSRF token with every htmx request (the token is in the page's meta tags).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Drag and drop for sortable lists (the agenda order). The list sits in a form with
// hx-trigger="reorder": after a drop the form posts the ids in their new order. The up/down
// buttons beside each item do the same without a mouse or without JavaScript.
document.addEventListener('DOMContentLoaded', initSortables);
document.addEventListener('htmx:afterSwap', initSortables);

function initSortables() {
  document.querySelectorAll('ol[data-sortable]').forEach(function (list) {
    if (list.dataset.sortableReady) { return; }
    list.dataset.sortableReady = 'true';
    var dragged = null;
    list.addEventListener('dragstart', function (event) {
      dragged = event.target.closest('li');
      event.dataTransfer.effectAllowed = 'move';
    });
    list.addEventListener('dragover', function (event) {
      event.preventDefault();
      var over = event.target.closest('li');
      if (!dragged || !over || over === dragged) { return; }
      var after = event.clientY > over.getBoundingClientRect().top + over.offsetHeight / 2;
      list.insertBefore(dragged, after ? over.nextSibling : over);
    });
    list.addEventListener('drop', function (event) {
      event.preventDefault();
      dragged = null;
      htmx.trigger(list.closest('form') || list, 'reorder');
    });
  });
}

// The one-page minutes editor (templates/minutes/page.html). Each item's form saves itself:
// htmx posts it on the custom "autosave" event, which is sent a moment after typing stops and
// when focus leaves a changed field; Ctrl+S and "Lagre alt" send it to every changed item.
// The answer swaps only the item's state (live region) and version, never the typed text.
(function () {
  var DELAY = 1200;

  function page() { return document.querySelector('[data-minutes-page]'); }

  function autosaveForm(element) {
    return element && element.closest ? element.closest('form[data-autosave]') : null;
  }

  function state(form, text) {
    var status = form.querySelector('.autosave-status');
    if (status && text && status.textContent !== text) { status.textContent = text; }
  }

  function save(form) {
    clearTimeout(form.autosaveTimer);
    if (form.dataset.dirty === 'true') { htmx.trigger(form, 'autosave'); }
  }

  function saveAll() {
    document.querySelectorAll('form[data-autosave]').forEach(save);
  }

  document.addEventListener('input', function (event) {
    var form = autosaveForm(event.target);
    if (!form) { return; }
    form.dataset.dirty = 'true';
    state(form, page().dataset.unsaved);
    clearTimeout(form.autosaveTimer);
    form.autosaveTimer = setTimeout(function () { save(form); }, DELAY);
  });

  document.addEventListener('focusout', function (event) {
    var form = autosaveForm(event.target);
    if (form) { save(form); }
  });

  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.detail.elt;
    if (!form.matches || !form.matches('form[data-autosave]')) { return; }
    form.dataset.dirty = 'false';
    state(form, page().dataset.saving);
  });

  function failed(event) {
    var form = event.detail.elt;
    if (!form.matches || !form.matches('form[data-autosave]')) { return; }
    form.dataset.dirty = 'true';
    state(form, page().dataset.unsaved);
  }
  document.addEventListener('htmx:sendError', failed);
  document.addEventListener('htmx:responseError', failed);

  document.addEventListener('keydown', function (event) {
    if (page() && (event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S')) {
      event.preventDefault();
      saveAll();
    }
  });

  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-save-all]')) { saveAll(); }
  });

  // after a follow-up or referral was added (or refused) inline, focus its message, not the top
  document.addEventListener('htmx:afterSwap', function (event) {
    var records = event.detail.target;
    if (!records || !records.id || records.id.indexOf('minutes-records-') !== 0) { return; }
    var fresh = document.getElementById(records.id);
    var message = fresh && fresh.querySelector('[role=alert], [role=status]');
    if (message) { message.focus(); }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-save-all]').forEach(function (button) { button.hidden = false; });
  });
})();
// The agenda on the meeting page: after an action the item acted on takes the focus again
// (the server marks it data-autofocus), so moving an item with the keyboard can go on.
document.addEventListener('htmx:afterSettle', focusMarked);
document.addEventListener('DOMContentLoaded', focusMarked);

function focusMarked() {
  var marked = document.querySelector('#agenda-area [data-autofocus]');
  if (marked) {
    marked.removeAttribute('data-autofocus');
    marked.focus();
  }
}

// A form swapped whole (the attendance grid saves itself on each change) brings its status
// ("Lagret.") in a new element, which screen readers do not announce (an alert they do): a
// live region that stays on the page (data-announces="the form's id") repeats it. The same
// text again gets a no-break space, so that a second save is announced too.
document.addEventListener('htmx:afterSettle', function (event) {
  document.querySelectorAll('[data-announces]').forEach(function (region) {
    var source = document.getElementById(region.dataset.announces);
    if (!source || !event.target || !source.contains(event.target)) { return; }
    var message = source.querySelector('[role=status]');
    var text = message ? message.textContent.trim() : '';
    if (!text) { return; }
    region.textContent = region.textContent === text ? text + '\u00a0' : text;
  });
});
// The menu folds behind the "Meny" button on narrow screens (CSS decides when). Without
// JavaScript the button stays hidden and the menu open, so nothing is out of reach.
document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.querySelector('.menu-toggle');
  var menu = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
  if (!menu) { return; }
  toggle.hidden = false;
  document.documentElement.classList.add('menu-folds');
  toggle.addEventListener('click', function () {
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('open', open);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
      toggle.setAttribute('aria-expanded', 'false');
      menu.classList.remove('open');
      toggle.focus();
    }
  });
});

// Wide tables scroll sideways inside their own box instead of the whole page. The box is
// a labelled region that takes focus, so keyboard users can scroll it too (named after
// the table's caption, or the heading before it) when it does scroll, and again whenever
// the width changes (a turned phone, a zoomed page). Tables marked data-reflow or
// responsive (cards on a phone) or already in a box are left alone.
document.addEventListener('DOMContentLoaded', wrapTables);
document.addEventListener('htmx:afterSwap', wrapTables);
window.addEventListener('resize', focusScrollingTables);

function wrapTables() {
  document.querySelectorAll('main table').forEach(function (table) {
    if (table.closest('.table-scroll') || table.hasAttribute('data-reflow') || table.classList.contains('responsive')) { return; }
    var box = document.createElement('div');
    box.className = 'table-scroll';
    box.setAttribute('data-wrapped', '');
    table.parentNode.insertBefore(box, table);
    box.appendChild(table);
  });
  focusScrollingTables();
}

function focusScrollingTables() {
  document.querySelectorAll('main .table-scroll[data-wrapped]').forEach(function (box) {
    if (box.scrollWidth <= box.clientWidth) {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
      return;
    }
    box.tabIndex = 0;
    var table = box.querySelector('table');
    var name = table && table.caption ? table.caption.textContent : tableHeading(box);
    if (name && name.trim()) {
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', name.trim());
    }
  });
}

function tableHeading(box) {
  for (var node = box.previousElementSibling; node; node = node.previousElementSibling) {
    if (/^H[1-6]$/.test(node.tagName)) { return node.textContent; }
  }
  return null;
}
