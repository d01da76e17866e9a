// Print controls (data-print): a script file, because the Content-Security-Policy runs no inline handler.
// Buttons are hidden until this runs (they could do nothing without it); a link leads to the print view
// without JavaScript, and with it prints the page at once.
document.querySelectorAll('[data-print]').forEach(function (control) {
  control.hidden = false;
  control.addEventListener('click', function (e) {
    e.preventDefault();
    window.print();
  });
});
