"""The journey: people at each stage, who moved forward in 90 days, where clients came from."""

from datetime import datetime, timedelta

from relnote.core import moments, people
from relnote.core.journey import INTRODUCED, ClientOrigin, is_forward, journey

NOW = datetime(2025, 6, 1, 12, 0)


def test_forward_follows_the_order_of_stages():
    assert is_forward("new", "acquaintance") and is_forward("relationship", "client")
    assert not is_forward("client", "relationship") and not is_forward("client", "client")
    assert not is_forward("unknown", "client")


def test_stage_counts_and_moves_forward_in_the_last_ninety_days(notebook):
    anne = people.add_person("Anne", NOW - timedelta(days=200))
    bruno = people.add_person("Bruno", NOW - timedelta(days=200))
    carla = people.add_person("Carla", NOW - timedelta(days=200))
    gone = people.add_person("Archived", NOW - timedelta(days=200))
    people.update_person(anne, NOW - timedelta(days=120), stage="acquaintance")  # too long ago
    people.update_person(anne, NOW - timedelta(days=30), stage="relationship")
    people.update_person(anne, NOW - timedelta(days=10), stage="client")
    people.update_person(bruno, NOW - timedelta(days=20), stage="relationship")
    people.update_person(bruno, NOW - timedelta(days=5), stage="acquaintance")  # a step back still
    people.update_person(carla, NOW - timedelta(days=5), stage="new")
    people.update_person(gone, NOW - timedelta(days=5), stage="client")
    people.archive_person(gone, NOW)
    result = journey(NOW)
    assert result.at_stage == {"new": 1, "acquaintance": 1, "relationship": 0, "potential_client": 0,
                               "client": 1, "partner": 0}
    assert result.moved_forward == 2
    assert result.moved_forward_to == {"client": 1, "relationship": 1}


def test_clients_came_from_an_introduction_or_whoever_reached_out_first(notebook):
    helene = people.add_person("Hélène", NOW - timedelta(days=300))
    clients = [people.add_person(f"Client {n}", NOW - timedelta(days=200)) for n in range(5)]
    for client in clients:
        people.update_person(client, NOW - timedelta(days=10), stage="client")
    people.update_person(clients[0], NOW, introduced_by_id=helene)
    people.update_person(clients[1], NOW, introduced_by_id=helene)
    moments.log_moment(NOW - timedelta(days=100), [clients[2]], "email", "them", "Asked for a quote", NOW)
    moments.log_moment(NOW - timedelta(days=50), [clients[2]], "call", "me", "", NOW)
    moments.log_moment(NOW - timedelta(days=90), [clients[3]], "call", "them", "", NOW)
    assert journey(NOW).client_origins == [
        ClientOrigin(INTRODUCED, 2, helene, "Hélène"),
        ClientOrigin("them", 2),
        ClientOrigin("unknown", 1),
    ]
