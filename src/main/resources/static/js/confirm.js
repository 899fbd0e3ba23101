// Irreversible steps (submit, decide, activate, revoke, discard) ask before they are sent: a form
// with data-confirm="question" submits only when the person answers yes. Without scripts the form
// still works, and the server refuses what the law forbids on its own.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var submitter = event.submitter;
  var question = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);
