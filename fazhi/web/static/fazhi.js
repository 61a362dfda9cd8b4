// Behaviour that templates declare with data- attributes instead of inline handlers (the CSP allows no inline ones).
document.addEventListener("submit", function (event) {
  var message = event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) event.preventDefault();
  if (event.target.hasAttribute("data-no-submit")) event.preventDefault();
});
document.addEventListener("change", function (event) {
  if (event.target.hasAttribute("data-autosubmit")) event.target.form.submit();
});
