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
      htmx.trigger(list.closest('form'), 'reorder');
    });
  });
}

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
// the table's caption, or the heading before it) when it does scroll. Tables marked
// data-reflow or responsive (cards on a phone) or already in a box are left alone.
document.addEventListener('DOMContentLoaded', wrapTables);
document.addEventListener('htmx:afterSwap', wrapTables);

function wrapTables() {
  document.querySelectorAll('main table').forEach(function (table) {
    if (table.closest('.table-scroll') || table.hasAttribute('data-reflow') || table.classList.contains('responsive')) { return; }
    var box = document.createElement('div');
    box.className = 'table-scroll';
    table.parentNode.insertBefore(box, table);
    box.appendChild(table);
    if (box.scrollWidth <= box.clientWidth) { return; }
    box.tabIndex = 0;
    var name = table.caption ? table.caption.textContent : tableHeading(box);
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
