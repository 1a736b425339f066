import type { LaunchResult } from './lti-launch.service';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );

/**
 * The page the LMS frame shows after a launch. It hands the browser its session token and either
 * the exercise, an instructor's exercise picker (bound through the JSON API), or a "not set up yet" note.
 */
export function renderLaunchPage(result: LaunchResult): string {
  const session = JSON.stringify({ token: result.token, resourceLinkId: result.resourceLink.id }).replace(
    /</g,
    '\\u003c',
  );
  let main: string;
  if (result.exercise) {
    main = `<h1>${escapeHtml(result.exercise.title)}</h1>
<p>Exercise <code>${escapeHtml(result.exercise.slug)}</code>. Submit with <code>POST /v1/exercises/${escapeHtml(result.exercise.slug)}/submissions</code>.</p>
${result.gradePassback ? '<p>Your score is sent to your course gradebook.</p>' : ''}`;
  } else if (result.picker) {
    const options = result.picker
      .map(
        (exercise) =>
          `<li><button data-exercise="${escapeHtml(exercise.id)}">${escapeHtml(exercise.title)} (${escapeHtml(exercise.slug)})</button></li>`,
      )
      .join('\n');
    main = `<h1>Choose the exercise for this link</h1>
<ul id="picker">${options}</ul>
<script>
const session = JSON.parse(document.getElementById('session').textContent);
document.getElementById('picker').addEventListener('click', async (event) => {
  const id = event.target.dataset.exercise;
  if (!id) return;
  const response = await fetch('/v1/lti/resource-links/' + session.resourceLinkId + '/exercise', {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ' + session.token },
    body: JSON.stringify({ exerciseId: id }),
  });
  document.body.append(response.ok ? ' Saved: students now open this exercise.' : ' Could not save.');
});
</script>`;
  } else {
    main = '<h1>Not ready yet</h1><p>Your instructor has not chosen an exercise for this link.</p>';
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>loopgrade</title></head>
<body>
<script type="application/json" id="session">${session}</script>
${main}
</body></html>`;
}
