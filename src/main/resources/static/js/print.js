// Print buttons (data-print): a script file, because the Content-Security-Policy runs no inline handler.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
