// The one form answers in place. An answer fetches the same page with the form's answers and brings the
// questions, the matters table and the status up to date without a page load: a question still asked keeps its
// element (so focus, the ticked option and the caret stay), new ones are inserted where the server puts them
// (right after the question whose answer asked them), vanished ones removed. Changes are announced politely.
// Exploring a radio group with the arrow keys ticks each option in turn: that update waits until the keys rest
// or focus leaves the group. Without JavaScript the 继续 button does the same as a round trip.
(function () {
  'use strict';

  var form = document.querySelector('form[data-in-place]');
  if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams || !window.FormData
      || !window.history || !history.replaceState) {
    return;
  }

  /** How long arrow keys in a radio group rest before the form follows the option they ticked. */
  var RADIO_REST_MS = 600;
  var REGIONS = ['matters', 'form-errors', 'form-status'];

  var news = document.getElementById('form-news');
  var shown = serialise();
  var timer = null;
  var radioGroup = null;
  var inFlight = null;
  var asked = null;
  var broken = false;
  var lastKey = 0;
  var lastPointer = 0;

  document.addEventListener('keydown', function () { lastKey = Date.now(); }, true);
  document.addEventListener('pointerdown', function () { lastPointer = Date.now(); }, true);

  form.addEventListener('change', function (e) {
    var t = e.target;
    if (!t.name || t.name.indexOf('a.') !== 0) {
      return;
    }
    if (t.type === 'radio' && lastKey > lastPointer) {
      // Arrow keys tick options as they move: wait until they rest or focus leaves the group.
      radioGroup = t.closest('fieldset');
      later(RADIO_REST_MS);
    } else {
      update();
    }
  });

  form.addEventListener('focusout', function (e) {
    if (timer !== null && radioGroup && !(e.relatedTarget && radioGroup.contains(e.relatedTarget))) {
      update();
    }
  });

  form.addEventListener('submit', function (e) {
    if (broken) {
      return; // an update failed: 继续 goes the way it goes without JavaScript
    }
    e.preventDefault();
    update();
  });

  function serialise() {
    // The submit button is not part of FormData without a submitter: no "next", no redirect.
    return new URLSearchParams(new FormData(form)).toString();
  }

  function later(ms) {
    clearTimeout(timer);
    timer = setTimeout(update, ms);
  }

  function update() {
    clearTimeout(timer);
    timer = null;
    radioGroup = null;
    var query = serialise();
    if (inFlight ? query === asked : query === shown) {
      return;
    }
    if (inFlight) {
      inFlight.abort();
    }
    var controller = new AbortController();
    inFlight = controller;
    asked = query;
    var url = form.action.split('#')[0].split('?')[0] + (query ? '?' + query : '');
    form.setAttribute('aria-busy', 'true');
    fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        if (inFlight !== controller) {
          return;
        }
        inFlight = null;
        form.removeAttribute('aria-busy');
        apply(new DOMParser().parseFromString(html, 'text/html'));
        shown = query;
        history.replaceState(history.state, '', url);
        // Answers changed while the page was asked for: follow them, unless the keys are still exploring.
        if (timer === null && serialise() !== shown) {
          update();
        }
      })
      .catch(function (err) {
        if (err && err.name === 'AbortError') {
          return;
        }
        inFlight = null;
        broken = true;
        form.removeAttribute('aria-busy');
        say('暂时无法自动更新，请按“继续”按钮。');
      });
  }

  /** Brings this page up to date with the page the server rendered for the same answers. */
  function apply(doc) {
    var newForm = doc.querySelector('form[data-in-place]');
    if (!newForm) {
      return;
    }
    var focused = document.activeElement;
    var anchor = focused && focused !== document.body && document.contains(focused) ? focused : firstVisible();
    var before = anchor ? anchor.getBoundingClientRect().top : 0;
    var wasComplete = !!document.getElementById('done');

    var added = reconcileQuestions(newForm);
    REGIONS.forEach(function (id) {
      var here = document.getElementById(id);
      var there = doc.getElementById(id);
      if (here && there) {
        morphChildren(here, there);
      }
    });

    if (focused && focused !== document.activeElement && document.contains(focused)) {
      focused.focus({ preventScroll: true });
    }
    if (anchor && document.contains(anchor)) {
      var shift = anchor.getBoundingClientRect().top - before;
      if (Math.abs(shift) > 1) {
        window.scrollBy(0, shift);
      }
    }
    announce(added, !wasComplete && !!document.getElementById('done'));
  }

  /** The questions in the server's order, keeping each element of a question still asked. */
  function reconcileQuestions(newForm) {
    var old = {};
    Array.prototype.forEach.call(form.querySelectorAll('.question[data-key]'), function (el) {
      old[el.getAttribute('data-key')] = el;
    });
    var wanted = [];
    var added = { count: 0, removed: 0 };
    Array.prototype.forEach.call(newForm.querySelectorAll('.question[data-key]'), function (fresh) {
      var key = fresh.getAttribute('data-key');
      var el = old[key];
      if (el) {
        morph(el, fresh);
        delete old[key];
      } else {
        el = document.importNode(fresh, true);
        el.classList.add('just-added');
        added.count++;
      }
      wanted.push(el);
    });
    Object.keys(old).forEach(function (key) {
      old[key].remove();
      added.removed++;
    });
    // Insert before the element now in each place, so that elements already in order never move (moving the
    // element that has focus would drop it).
    var place = form.querySelector('.question[data-key]') || form.querySelector('button[type=submit]');
    wanted.forEach(function (el) {
      if (el === place) {
        place = nextQuestionOrButton(el);
        return;
      }
      form.insertBefore(el, place);
    });
    return added;
  }

  function nextQuestionOrButton(el) {
    var n = el.nextElementSibling;
    while (n && !(n.matches('.question[data-key]') || n.matches('button[type=submit]'))) {
      n = n.nextElementSibling;
    }
    return n;
  }

  function firstVisible() {
    var blocks = form.querySelectorAll('.question[data-key]');
    for (var i = 0; i < blocks.length; i++) {
      if (blocks[i].getBoundingClientRect().bottom > 0) {
        return blocks[i];
      }
    }
    return null;
  }

  /** Makes {@code el} look like {@code fresh} without replacing the controls the applicant uses. */
  function morph(el, fresh) {
    syncAttributes(el, fresh);
    if (!isControl(el)) {
      morphChildren(el, fresh);
    }
  }

  function morphChildren(el, fresh) {
    var o = el.firstChild;
    var n = fresh.firstChild;
    while (n) {
      var nextN = n.nextSibling;
      if (o && same(o, n)) {
        if (o.nodeType === Node.ELEMENT_NODE) {
          morph(o, n);
        } else if (o.nodeValue !== n.nodeValue) {
          o.nodeValue = n.nodeValue;
        }
        o = o.nextSibling;
      } else {
        el.insertBefore(document.importNode(n, true), o);
      }
      n = nextN;
    }
    while (o) {
      var nextO = o.nextSibling;
      el.removeChild(o);
      o = nextO;
    }
  }

  function same(a, b) {
    if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) {
      return false;
    }
    if (a.nodeType !== Node.ELEMENT_NODE) {
      return true;
    }
    if ((a.id || '') !== (b.id || '') || a.getAttribute('data-key') !== b.getAttribute('data-key')) {
      return false;
    }
    return !isControl(a) || (a.name === b.getAttribute('name') && a.type === (b.getAttribute('type') || a.type)
      && (a.type !== 'radio' || a.value === b.getAttribute('value')));
  }

  function isControl(el) {
    return el.nodeName === 'INPUT' || el.nodeName === 'TEXTAREA' || el.nodeName === 'SELECT';
  }

  /** Attributes as the server rendered them; what the applicant typed or ticked stays theirs. */
  function syncAttributes(el, fresh) {
    var keep = isControl(el) ? { value: true, checked: true } : {};
    Array.prototype.slice.call(el.attributes).forEach(function (a) {
      if (!keep[a.name] && !fresh.hasAttribute(a.name)) {
        el.removeAttribute(a.name);
      }
    });
    Array.prototype.forEach.call(fresh.attributes, function (a) {
      if (!keep[a.name] && el.getAttribute(a.name) !== a.value) {
        el.setAttribute(a.name, a.value);
      }
    });
  }

  function announce(changes, nowComplete) {
    var parts = [];
    if (changes.count > 0) {
      parts.push('新增 ' + changes.count + ' 个问题');
    }
    if (changes.removed > 0) {
      parts.push(changes.removed + ' 个问题不再需要回答');
    }
    if (nowComplete) {
      parts.push('问题已全部回答，可以查看我的材料清单');
    }
    if (parts.length > 0) {
      say(parts.join('；') + '。');
    }
  }

  function say(text) {
    if (!news) {
      return;
    }
    // Emptied first, so that the same news twice is still read out.
    news.textContent = '';
    setTimeout(function () { news.textContent = text; }, 50);
  }
})();
