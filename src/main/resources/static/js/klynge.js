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
