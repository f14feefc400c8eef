"""List parameters whose options keep their meaning in saved models and scripts.

QGIS stores a list (enum) parameter as the position of the chosen option,
and its dialogs, the batch panel and the modeller show the option labels.
Static-string enums (QGIS 3.18 and later) store the option text itself,
but then show that text as the label: keys such as ``walk`` would appear
untranslated. So every list parameter of the plugin is declared here from
*stable keys* in a fixed order, with translated labels:

- the dialogs store the position, and a position always means the same key
  because keys are only ever appended (``tests`` pins the lists);
- ``qgis_process``, Python and saved models may also give the key
  (``PROFILE=walk``, ``CATALOGUE=oac2011``) or the label in the user's
  language: :class:`ChoiceParameter` accepts them wherever QGIS checks a
  value (before a run, when a model is validated), and
  :meth:`KeyedChoices.choice` reads any of them as the key;
- an *open* list (the classification level) also lets any other text
  through, to be checked later against the data (a catalogue's own levels,
  or the text a model saved before the level became a list).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qgis.core import QgsProcessingException, QgsProcessingParameterEnum, QgsProperty

from ..plugin.bridge.i18n import tr


@dataclass(frozen=True)
class Choices:
    """The options of a list parameter: stable keys in a fixed order and their labels."""

    keys: tuple[str, ...]
    labels: tuple[str, ...]
    default: str
    open: bool = False

    def key_of(self, value) -> str | None:
        """The key a value means (a key, a position or a label, case ignored; empty: the default), else None.

        An open list returns other text as it is.
        """
        if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value).strip() == "":
            return self.default
        if isinstance(value, bool):
            return None
        if isinstance(value, (int, float)):
            index = int(value)
            return self.keys[index] if index == value and 0 <= index < len(self.keys) else None
        text = str(value).strip()
        if text.isdigit():
            return self.key_of(int(text))
        folded = text.casefold()
        for key, label in zip(self.keys, self.labels):
            if folded in (key.casefold(), label.casefold()):
                return key
        return text if self.open else None

    def describe(self) -> str:
        """The keys and what they mean, for messages: ``walk (Walk), cycle (Cycle)…``."""
        return ", ".join(f"{key} ({label})" for key, label in zip(self.keys, self.labels))


class ChoiceParameter(QgsProcessingParameterEnum):
    """An enum parameter showing the labels of ``choices`` that also accepts their keys and labels as values.

    The dialogs see a plain enum (positions, the default key's position as
    default); QGIS's checks of a value (:meth:`checkValueIsAcceptable`) go
    through :meth:`Choices.key_of`.
    """

    def __init__(self, name: str, description: str, choices: Choices, optional: bool = False) -> None:
        super().__init__(name, description, list(choices.labels), False, choices.keys.index(choices.default), optional)
        self.choices = choices

    def clone(self):
        copy = ChoiceParameter(self.name(), self.description(), self.choices)
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        copy.setMetadata(self.metadata())
        copy.setDefaultValue(self.defaultValue())
        return copy

    def checkValueIsAcceptable(self, value, context=None):  # noqa: N802 - QGIS API
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            if str(value).strip() or self.choices.open:  # an open list's empty text: its default
                return self.choices.key_of(value) is not None
        return super().checkValueIsAcceptable(value, context)


def make_choices(options: Sequence[tuple[str, str]], default: str, *, open: bool = False) -> Choices:
    """:class:`Choices` from ``(key, label)`` pairs in their permanent order."""
    keys = tuple(key for key, _ in options)
    if len(set(keys)) != len(keys) or default not in keys:
        raise ValueError(f"bad choices {keys} (default {default})")
    return Choices(keys, tuple(label for _, label in options), default, open)


class KeyedChoices:
    """Mixin of :class:`~.base.PlaceInsightAlgorithm`: list parameters read and checked by their keys."""

    def add_choice(self, name: str, description: str, choices: Choices, help_text: str, **flags):
        """Declare a list parameter (``optional``, ``advanced``) whose options are ``choices``."""
        self._choices[name] = choices
        optional = flags.pop("optional", False)
        return self.add(ChoiceParameter(name, description, choices, optional), help_text, **flags)

    def choices_of(self, name: str) -> Choices:
        return self._choices[name]

    def choice(self, parameters, name: str, context) -> str:
        """The key chosen for list parameter ``name`` (its default when none is given)."""
        choices = self._choices[name]
        value = parameters.get(name)
        if isinstance(value, QgsProperty):
            value = self.parameterAsString(parameters, name, context)
        key = choices.key_of(value)
        if key is None:
            raise QgsProcessingException(self.choice_error(name, value))
        return key

    def choice_error(self, name: str, value) -> str:
        definition = self.parameterDefinition(name)
        return tr("{parameter}: '{value}' is not one of the choices. Give one of: {choices}.").format(
            parameter=definition.description() if definition is not None else name,
            value=value,
            choices=self._choices[name].describe(),
        )

    def choice_problem(self, parameters) -> str | None:
        """A message naming the first list parameter given a value that means none of its choices, else None."""
        for name, choices in self._choices.items():
            value = parameters.get(name)
            if isinstance(value, (str, int, float)) and not isinstance(value, bool) and choices.key_of(value) is None:
                return self.choice_error(name, value)
        return None
