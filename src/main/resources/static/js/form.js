// With JavaScript the one form updates as soon as an answer changes; without it, the 继续 button does the same.
document.addEventListener('change', function (e) {
  var form = e.target.form;
  if (form && form.hasAttribute('data-autosubmit') && e.target.name && e.target.name.indexOf('a.') === 0) {
    form.submit();
  }
});
