"""A click command whose free-text argument may hold words that start with a minus.

``ficshelf search lighthouse storm -angst`` excludes "angst": a reader types exclusions
unquoted, as in a search box. Plain click reads ``-angst`` as the short options ``-a -n …``
and refuses it. ``QueryCommand`` sorts the arguments before click parses them: a token that
is one of the command's options (with the value it takes) stays an option; any other token
starting with a single ``-`` is a query word (so is a short option glued to its value,
``-ifandom:X``: write ``-i fandom:X``). Tokens starting with ``--`` are always
options, so a mistyped long option (``--sortt``) is still an error, not a word; ``--`` ends
the options as usual.
"""

from __future__ import annotations

import click


class QueryCommand(click.Command):
    """A command whose arguments after the options are query words, ``-word`` included.

    Its only positional parameter must be one ``nargs=-1`` argument (the query).
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, self._words_last(ctx, args))

    def _words_last(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Return ``args`` with the options first, then ``--``, then the query words in the
        order given; ``args`` unchanged when an option lacks its value (click says so)."""
        takes_value: set[str] = set()
        known: set[str] = set()
        for param in self.get_params(ctx):
            if isinstance(param, click.Option):
                names = [*param.opts, *param.secondary_opts]
                known.update(names)
                if not param.is_flag and not param.count:
                    takes_value.update(param.opts)
        options: list[str] = []
        words: list[str] = []
        rest = iter(args)
        for token in rest:
            if token == "--":
                words.extend(rest)
                break
            name = token.split("=", 1)[0] if token.startswith("--") else token
            if token.startswith("--") or name in known:
                options.append(token)
                if name in takes_value and "=" not in token:
                    value = next(rest, None)
                    if value is None:
                        return args
                    options.append(value)
            else:
                words.append(token)
        return [*options, "--", *words] if words else options
