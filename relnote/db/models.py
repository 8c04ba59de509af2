"""peewee models mirroring the latest schema step (see schema_steps.py)."""

from __future__ import annotations

from peewee import (
    BooleanField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from relnote.db.database import database
from relnote.db.stored_times import IsoDateField, IsoDateTimeField
from relnote.db.text_folding import fold


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Person(BaseModel):
    display_name = TextField()
    first_name = TextField(default="")
    last_name = TextField(default="")
    organisation = TextField(default="")
    role = TextField(default="")
    city = TextField(default="")
    how_we_met = TextField(default="")
    where_we_met = TextField(default="")
    met_on = IsoDateField(null=True)
    introduced_by = ForeignKeyField("self", null=True, backref="introduced", on_delete="SET NULL")
    stage = TextField(default="new")
    what_matters = TextField(default="")
    how_i_could_help = TextField(default="")
    cadence_days = IntegerField(null=True)
    notes = TextField(default="")
    created_at = IsoDateTimeField()
    updated_at = IsoDateTimeField()
    archived_at = IsoDateTimeField(null=True)
    last_moment_at = IsoDateTimeField(null=True)
    imported_at = IsoDateTimeField(null=True)  # came in from a file, not met that day
    sort_name = TextField(default="")  # the name folded, for sorting; kept by save() and the bulk writers

    def save(self, *args, **kwargs):
        self.sort_name = fold(self.display_name)
        return super().save(*args, **kwargs)


class ContactPoint(BaseModel):
    person = ForeignKeyField(Person, backref="contact_points", on_delete="CASCADE")
    kind = TextField()
    label = TextField(default="")
    value = TextField()
    position = IntegerField(default=0)


class Tag(BaseModel):
    name = TextField(unique=True)
    cadence_days = IntegerField(null=True)


class PersonTag(BaseModel):
    person = ForeignKeyField(Person, backref="person_tags", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="person_tags", on_delete="CASCADE")


class Moment(BaseModel):
    happened_at = IsoDateTimeField()
    kind = TextField()
    initiated_by = TextField()
    summary = TextField(default="")
    notes = TextField(default="")
    created_at = IsoDateTimeField()


class MomentPerson(BaseModel):
    moment = ForeignKeyField(Moment, backref="participants", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="moment_links", on_delete="CASCADE")


class StageChange(BaseModel):
    person = ForeignKeyField(Person, backref="stage_changes", on_delete="CASCADE")
    changed_at = IsoDateTimeField()
    from_stage = TextField()
    to_stage = TextField()


class JournalEntry(BaseModel):
    day = IsoDateField()
    kind = TextField()
    position = IntegerField(default=0)
    text = TextField(default="")
    created_at = IsoDateTimeField()
    updated_at = IsoDateTimeField()


class JournalEntryPerson(BaseModel):
    entry = ForeignKeyField(JournalEntry, backref="people_links", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="journal_links", on_delete="CASCADE")


class FollowUp(BaseModel):
    person = ForeignKeyField(Person, backref="follow_ups", on_delete="CASCADE")
    reason = TextField()
    due_at = IsoDateTimeField()
    expecting = BooleanField(default=False)
    done_at = IsoDateTimeField(null=True)
    notified_at = IsoDateTimeField(null=True)
    created_at = IsoDateTimeField()


class Setting(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()


ALL_MODELS = [
    Person, ContactPoint, Tag, PersonTag, Moment, MomentPerson, StageChange,
    JournalEntry, JournalEntryPerson, FollowUp, Setting,
]
