"""EntityRecognizer: all entity rules together, overlaps resolved, short forms linked.

The steps, each a module of its own: administrative units (:mod:`.places`),
organisations, posts, persons and officials, other locations. Where two candidates
overlap, the stronger evidence wins:

1. organisations (a place inside one is kept as well: "UBND tỉnh Quảng Trị" also yields
   the PROVINCE "tỉnh Quảng Trị");
2. a name after an honorific or a post ("ông Hà Nam", "Chủ tịch Lâm Đồng");
3. a place after a lower-case head noun ("thôn Tân Tiến", over the commune Tân Tiến);
4. administrative units, with provinces and districts abolished before the registry's
   snapshot ("Hà Tây", :mod:`.historic`; "quận 2", :mod:`.historic_districts`);
   "Huế" before 2025 is the provincial city (:mod:`.provincial_city`);
5. countries and foreign cities, then names by their surname, then bylines;
6. acronyms the text defines for a body ("... Colombia (FARC)", :mod:`.acronyms`) and
   companies named again without their head noun ("Gemadept", :mod:`.repeats`),
   foreign-spelt names standing alone ("Tony Blair", "BMW Group", :mod:`.foreign`), then
   names right before a speech verb ("Allyson nói", :mod:`.speakers`);
7. bodies named by a head and a number ("PMU 18", :mod:`.numbered`) and ministries by their
   field ("Bộ trưởng Tài chính", :mod:`.ministries`) join the organisations; a name described
   as a company right after it ("Parmalat, tập đoàn ...", :mod:`.appositions`) comes last;
8. what the sentence says a name is or does (:mod:`.roles`: "cổ phiếu của Telmex", "MPRP
   đã tuyên bố", "Giám đốc điều hành của APLI", "Vinastar"; :mod:`.ages`: "Clara, 49 tuổi";
   :mod:`.kin`: "vợ của Kurt"; person verbs in :mod:`.speakers`: "Quốc Tuấn dưỡng
   thương"), brand-spelt names in a list of bodies (:mod:`.lists`) and later uses of the
   names only their role showed to be bodies (:func:`.repeats.with_repeated_names`).
9. given names opening a clause before an adverb and a verb ("Thọ đã cùng", :mod:`.subjects`)
   and names after a verb acting on a person ("tạm giữ Cảnh", :mod:`.detained`)
   join the persons; foreign cities take the head "thành phố" ("thành phố London") and
   foreign-spelt names after "ở" / "tại" are places ("ở Tennessee", :mod:`.cities`).

Eleventh pass: a country or a province between a post and its holder's name belongs to the
post ("Tổng thống Mỹ Bush", :func:`.officials.place_before_name`); a country word after a
personal honorific and a full name after a post are persons though places bear them ("bà
Nga", "Chủ tịch Hồ Chí Minh", :mod:`.titled`); a name after a house number is a street
(:mod:`.streets`); initialled foreign names are persons ("G.Glitter", :mod:`.initials`), and
foreign names go on over particles ("Abu Musab al-Zarqawi").

A short form later in the text ("ông Hùng") is linked to the full name it abbreviates
through ``attrs["refers_to"]``. An official's positions say which place the post belongs
to: the one written, or for "Chủ tịch UBND tỉnh" the province the text is about.

>>> text = "Đồng chí Nguyễn Mạnh Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh thăm huyện Quỳnh Phụ."
>>> [(e.label, e.text) for e in EntityRecognizer().extract(text)]
[('OFFICIAL', 'Nguyễn Mạnh Hùng'), ('DISTRICT', 'huyện Quỳnh Phụ')]
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from typing import Sequence

from ..document import Entity
from ..errors import check_text
from ..stacked_option import resolved, stacked_layer
from . import company_words
from . import casing
from .linking import link_short_forms, resolve_positions
from .lists import with_listed_bodies
from .tickers import with_listed_tickers
from .brand_branches import with_brand_branches
from .acronyms import find_defined_acronyms, with_acronyms_of_found_bodies, with_defining_names, with_plus_suffixes
from .org_name_ends import without_generic_place_tails
from .organizations import without_bodies_alone
from .body_acronym_places import with_acronyms_before_places
from .ages import find_persons_by_age
from .kin import find_persons_by_kin
from .name_frames import find_named_persons
from .credits import with_letter_senders, with_photo_credits
from .appositions import find_described_companies
from .cities import with_city_heads, with_places_after_prepositions
from .world_cities import with_world_cities
from .compass_places import with_compass_places
from .figures import find_figures
from .foreign import find_foreign_names, looks_foreign
from .historic import find_historic_provinces
from .initials import find_initialled_names
from .historic_districts import find_historic_districts
from .unregistered import find_unregistered_communes
from .unregistered import find_address_communes
from .written_parents import with_written_parents
from .places_in_bodies import inside_body_name, world_places_in_bodies
from .event_names import without_places_in_events
from .historic_addresses import find_units_before_historic_parents
from .named_things import without_countries_naming_things
from .country_pairs import with_short_country_forms
from .seats_of_power import with_seats_of_power
from .street_lists import with_street_lists
from .landmark_lists import with_landmark_lists
from .island_units import without_islands_of_units
from .beaches import without_seas_of_places
from .locations import find_locations, location_entity, world_place_length
from .officials import find_posts, official, post_before_honorific, posts_after
from .post_index import IndexedPosts, first_ending_at
from .officials import with_stations
from .officials import post_set_off_before
from .officials import post_over_body
from .officials import GLUED
from .officials import post_across_country
from .ministries import find_ministries_by_field, without_fields_after_posts
from .mined_bodies import find_mined_bodies
from .branch_provinces import with_branch_provinces
from .departments import find_departments_in_posts
from .lower_case_names import find_lower_case_names
from .numbered import find_numbered_bodies, with_number_tails
from .comma_bodies import with_comma_names
from .regional_bodies import with_regional_bodies, with_court_chambers
from .company_tails import with_company_name_tails
from .body_lower_case import find_lower_case_place_bodies, with_city_bodies
from .delegations import with_delegations
from .embassies import find_lower_case_embassies
from .organizations import find_organizations
from .persons import find_persons, find_related_persons, join_middle_initials, person_entity
from .persons import join_name_particles
from .persons import join_regnal_numbers
from .places import find_admin_units
from .provincial_city import as_provincial_city
from .positions import EntitiesByStart
from .players import find_players
from .repeats import find_repeated_bodies, with_repeated_names
from .repeated_persons import with_repeated_persons
from .scorers import with_scorers
from .roles import find_bodies_by_role, find_company_spelt_names
from .speakers import find_speakers
from .subjects import find_named_subjects
from .detained import find_detained_persons, find_passive_subjects
from .foreign_subjects import find_foreign_subjects
from .appositive_persons import find_appositive_persons
from .streets import find_numbered_streets
from .customs_branches import with_customs_branches
from .lower_head_bodies import with_lower_head_bodies
from .bodies_after_posts import with_bodies_after_posts
from .dashed_fields import with_dashed_fields
from .player_clubs import with_player_clubs
from .products import without_brands_of_named_things
from .result_tables import with_result_tables
from .teams import places_in_club_names, with_teams
from .titled import find_full_names_over_places, find_titled_country_names
from .works import find_persons_naming_things
from .named_after import with_names_of_streets_and_schools
from .plural_posts import with_listed_holders
from .tokens import Syllable, syllables, token_range

_TITLE_HONORIFICS = frozenset({"ông", "bà", "đồng chí", "ngài"})


class EntityRecognizer:
    """Finds OFFICIAL, PERSON, PROVINCE, DISTRICT, COMMUNE, ORGANIZATION and LOCATION
    mentions, with offsets into the text given.

    ``use_crf=True`` adds the person names underthesea's CRF tagger finds where the rules
    found nothing (much slower; off by default). ``stacked``: ``False`` (rules alone),
    ``"fast"`` or ``True``/``"full"`` (a stacked CRF, :mod:`vnnews.stacked_option`); None (the
    default): ``vnnews.stacked_option.DEFAULT_STACKED`` as it is when the recognizer is made.

    >>> [e.label for e in EntityRecognizer().extract("Bộ Tư pháp làm việc với UBND tỉnh Khánh Hòa.")]
    ['ORGANIZATION', 'ORGANIZATION', 'PROVINCE']
    """

    def __init__(self, use_crf: bool = False, stacked: bool | str | None = None):
        self.use_crf = use_crf
        self.stacked = resolved(stacked)  # PERSON/OFFICIAL/ORGANIZATION/LOCATION decided by a stacked CRF (.stacked)
        self._layer = stacked_layer(self.stacked)  # None, "fast" or "full" (vnnews.stacked_option)

    def extract(self, text: str, sentences: Sequence | None = None, tokens: Sequence | None = None) -> list[Entity]:
        """Entities of ``text`` sorted by position.

        ``sentences`` and ``tokens`` (objects with ``start``/``end``, e.g. from the
        segmenter) are accepted for the Pipeline's sake; the rules work on syllables and
        only use sentence ends to keep a name from running across them.

        >>> EntityRecognizer().extract("")
        []
        """
        check_text(text, who="EntityRecognizer.extract")
        if (recased := casing.recase(text)) is not text:  # a line ALL IN CAPITALS or all lower case
            return casing.on_original(text, self.extract(recased, sentences, tokens))
        syl = _cut_at_sentences(syllables(text), sentences)
        places = _with_historic(find_admin_units(text), find_historic_provinces(text) + find_historic_districts(text))
        places = as_provincial_city(text, places)  # "Huế" before 2025: a provincial city
        places = with_written_parents(text, places)  # "huyện Kỳ Sơn, tỉnh Hòa Bình": not Nghệ An's
        locations = without_islands_of_units(text, find_locations(text, syl), places)  # "huyện đảo Lý Sơn"
        locations = without_seas_of_places(text, locations, places)  # "biển Đà Nẵng", "bãi biển Sydney"
        world = [e for e in locations if e.attrs["kind"] == "world"]
        places = sorted(places + find_unregistered_communes(text, places, world), key=lambda e: e.start)
        places = sorted(places + find_address_communes(text, places, world), key=lambda e: e.start)  # "trú tại Đức Thanh, Đức Thọ"
        places = sorted(places + find_units_before_historic_parents(text, places, world),  # "(Thanh Oai, Hà Tây)"
                        key=lambda e: e.start)
        organizations = find_organizations(text, syl, places + world)
        organizations = with_number_tails(text, syl, organizations)  # "Tổng công ty Xây dựng số 1"
        organizations = with_acronyms_before_places(text, organizations, places)  # "Trung tâm ... (TTGDCK) Hà Nội"
        organizations += find_numbered_bodies(text, syl, organizations)  # "Công ty 28", "PMU 18"
        organizations += find_ministries_by_field(text, syl, organizations)  # "Bộ trưởng Tài chính"
        organizations += find_departments_in_posts(text, syl, organizations + places, locations)  # "Vụ trưởng Pháp chế"
        organizations += find_lower_case_place_bodies(text, syl, places, organizations)  # "công an quận Ba Đình"
        organizations += find_lower_case_names(text, syl, organizations + places + world)  # "Quỹ hỗ trợ phát triển"
        organizations = with_delegations(text, places, organizations)  # "đoàn đại biểu Quốc hội TP.HCM"
        organizations = with_comma_names(text, syl, organizations, places)  # "Bộ Văn hóa, Thể thao và Du lịch"
        organizations = with_dashed_fields(text, syl, organizations)  # "Bộ Bưu chính - viễn thông"
        organizations = with_regional_bodies(text, syl, organizations, places)  # "TAND khu vực 2 - TP Cần Thơ"
        organizations = with_court_chambers(text, syl, organizations)  # "Tòa phúc thẩm TAND tối cao"
        organizations = with_company_name_tails(text, syl, organizations)  # "Công ty CP Đầu tư Xây dựng Hoàng Long Phát"
        organizations = without_generic_place_tails(text, syl, organizations)  # "Cục Thuế TP, cho biết"
        organizations += find_lower_case_embassies(text, world, organizations)  # "sứ quán Mỹ"
        organizations.sort(key=lambda e: e.start)
        places = sorted(places + places_in_club_names(text, organizations, places), key=lambda e: e.start)
        posts = find_posts(text, syl, organizations, places)
        posts = with_stations(text, syl, posts, places + locations)  # "Đại sứ Mỹ tại Việt Nam X"
        posts = IndexedPosts(posts)  # looked up by position for every name: linear on long texts
        chart = _Chart(syl)
        chart.take(organizations)
        chart.take([p.place for p in posts if p.place is not None and p.place.attrs.get("before_holder")])
        people, countries = self._people(text, syl, chart, posts, places + locations)
        countries += [p.place for p in posts if p.place is not None and p.place.attrs.get("before_holder")
                      and p.place.label == "LOCATION"]  # "Tổng thống Mỹ Bush"
        titled = find_titled_country_names(text, syl, chart.taken, locations)  # "bà Nga"
        titled += [self._with_posts(text, syl, chart, person, posts, post)  # "Chủ tịch Hồ Chí Minh"
                   for person, post in find_full_names_over_places(text, syl, chart.taken, posts, places + locations)]
        people += titled
        chart.take(titled)
        places = [_plural_list_item(text, p) for p in places]
        named = EntitiesByStart(people)
        located = EntitiesByStart(locations)  # looked up in log time for every place: linear on long texts
        kept_places = [p for p in places if _keep_place(p, named, located)]
        chart.take(kept_places)
        bodies = {(o.start, o.end) for o in organizations}
        kept_index = _PlacesIndex(kept_places)
        others = countries + [e for e in locations if (chart.free(e) or _beats_places(e, kept_index))
                              and (e.start, e.end) not in bodies]  # "Sông Lam Nghệ An", the club
        others = list({(e.start, e.end): e for e in others}.values())  # a country split off a name, once
        titled_index = EntitiesByStart(titled)
        others = [e for e in others if not titled_index.overlap(e.start, e.end)]
        bodies_index = EntitiesByStart(organizations)
        others = [e for e in others if not inside_body_name(e, bodies_index)]  # "Chợ Rẫy" in "Bệnh viện Chợ Rẫy"
        chart.take(others)
        others += (streets := find_numbered_streets(text, syl, chart.taken))  # "261 Trần Quang Khải"
        chart.take(streets)
        more_people = [p for p in find_persons(text, syl, chart.taken) if p.attrs["cue"] != "honorific"]
        people += [self._with_posts(text, syl, chart, p, posts) for p in more_people]
        chart.take(more_people)
        acronyms = find_defined_acronyms(text, syl, chart.taken)
        chart.take(acronyms)
        repeated = find_repeated_bodies(text, syl, chart.taken, organizations)
        chart.take(repeated)
        acronyms += repeated
        acronyms += (spelt := find_company_spelt_names(text, syl, chart.taken))  # "Vinastar", "Eximbank"
        chart.take(spelt)
        acronyms += (mined := find_mined_bodies(text, syl, chart.taken))  # "Vinamilk", "Garuda" (models/org_names)
        chart.take(mined)
        foreign = find_foreign_names(text, syl, chart.taken)
        foreign_orgs = acronyms + [e for e in foreign if e.label == "ORGANIZATION"]
        chart.take(foreign)
        speakers = find_speakers(text, syl, chart.taken)
        chart.take(speakers)
        for find_more_persons in (find_initialled_names,  # "G.Glitter"
                                  find_persons_by_age,  # "Clara, 49 tuổi"
                                  find_persons_by_kin,  # "vợ của Kurt"
                                  find_named_persons,  # "một cô gái tên là Thu"
                                  find_named_subjects,  # "Tòng đang làm"
                                  find_detained_persons,  # "tạm giữ Cảnh"
                                  find_passive_subjects,  # "Trí được xác định"
                                  find_foreign_subjects,  # "Henman cũng không"
                                  find_appositive_persons):  # "Kannan, Giám đốc Marketing ..."
            speakers += (found := find_more_persons(text, syl, chart.taken))
            chart.take(found)
        players = find_players(text, syl, chart.taken)  # "Kaka", "Crespo", "khoác áo Brondby"
        chart.take(players)
        figures = find_figures(text, syl, chart.taken)  # "chính quyền Bush"
        chart.take(figures)
        foreign_orgs += (by_role := find_bodies_by_role(text, syl, chart.taken))  # "cổ phiếu của Telmex"
        chart.take(by_role)
        speakers += figures + [p for p in players if p.label == "PERSON"]
        foreign_orgs += [p for p in players if p.label == "ORGANIZATION"]
        people += [self._with_posts(text, syl, chart, p, posts)
                   for p in sorted(speakers + [e for e in foreign if e.label == "PERSON"], key=lambda e: e.start)]
        people += find_related_persons(text, syl, chart.taken, people)
        if self.use_crf:
            chart.take(people)
            people += _crf_persons(text, syl, chart, sentences)
        things = {id(p) for p in find_persons_naming_things(text, syl, people)}  # "phim Vanilla Sky"
        people = [p for p in people if id(p) not in things]
        entities = sorted(organizations + foreign_orgs + kept_places + others + people, key=lambda e: (e.start, -e.end))
        entities = with_teams(text, syl, entities)  # "U23 Việt Nam", "Myanmar thua", "Liverpool"
        entities = with_result_tables(text, entities)  # "Cagliari - Ascoli 2-1Chievo - Udinese 2-0"
        entities = with_player_clubs(text, entities)  # "tiền vệ Ngô Quang Huy (Bình Định)"
        entities = _with_described_companies(text, syl, entities)  # "Parmalat, tập đoàn thực phẩm ..."
        entities = with_listed_bodies(text, syl, entities)  # "Samsung, LG, Toshiba và JVC"
        entities = with_defining_names(text, syl, entities)  # "Lực lượng Phòng vệ Israel (IDF)"
        entities = with_plus_suffixes(text, entities)  # "OPEC+"
        entities = with_acronyms_of_found_bodies(text, entities)  # "Vietnam Airlines (VNA)"
        entities = without_bodies_alone(entities)  # "báo cáo Ban Thường vụ"
        entities = without_fields_after_posts(entities)  # "Bộ trưởng Tài chính": a post
        entities = with_listed_tickers(text, syl, entities)  # "cổ phiếu FPT, VNM và HPG"
        entities = with_brand_branches(text, syl, entities)  # "Tổng giám đốc Foxconn Việt Nam"
        entities = with_repeated_names(text, syl, entities)  # "Delphi, một công ty ... Delphi"
        entities = with_city_heads(text, syl, entities)  # "thành phố London", "thành phố Andijan"
        entities = with_places_after_prepositions(text, syl, entities)  # "ở Tennessee"
        entities = with_world_cities(text, syl, entities)  # "Pittsburgh (Mỹ)", "Osaka, Kobe và Wellington"
        entities = with_compass_places(text, syl, entities)  # "phía Bắc Israel", "ở bắc Gaza", "Bắc Ireland"
        entities = sorted(entities + world_places_in_bodies(text, syl, entities),  # "Đại học Sydney"
                          key=lambda e: (e.start, -e.end))
        entities = with_city_bodies(text, syl, entities)  # "cảnh sát Los Angeles", "tòa án Tehran"
        entities = with_branch_provinces(text, entities)  # "Ngân hàng Nhà nước TP HCM", "BIDV Sài Gòn"
        entities = with_customs_branches(text, entities)  # "Chi cục Hải quan cảng Sài Gòn khu vực 4"
        entities = with_lower_head_bodies(text, syl, entities)  # "đảng Quốc đại", "trường đại học Stanford"
        entities = with_bodies_after_posts(text, syl, entities)  # "Li Shufu, Chủ tịch Geely, thừa nhận"
        entities = with_names_of_streets_and_schools(text, entities)  # "đường Nguyễn Trãi, Lê Văn Sỹ", "ĐH Tôn Đức Thắng"
        entities = with_listed_holders(text, entities)  # "Các giám đốc Sở X Trần Văn Minh và Nguyễn Văn An"
        entities = with_seats_of_power(text, entities)  # "Nhà Trắng", "ông chủ Kremlin"
        entities = with_short_country_forms(text, entities)  # "quan hệ Việt - Mỹ", "đường bay Mỹ - Ấn"
        entities = without_places_in_events(text, entities)  # "Festival hoa Đà Lạt 2005": no place
        entities = without_countries_naming_things(text, entities)  # "viêm não Nhật Bản", "đậu Hà Lan"
        entities = with_street_lists(text, entities)  # "đường Nguyễn Trãi, Hai Bà Trưng, Lê Văn Sỹ..."
        entities = with_landmark_lists(text, entities)  # "5 cây cầu là Đà Rằng, Bồng Sơn, Bàn Thạch"
        entities = without_brands_of_named_things(text, entities)  # "Microsoft Excel", "Agribank Cup"
        entities = join_middle_initials(text, entities)  # "George W. Bush"
        entities = join_name_particles(text, entities)  # "Abu Musab al-Zarqawi"
        entities = join_regnal_numbers(text, entities)  # "Giáo hoàng John Paul II"
        entities = with_scorers(text, entities)  # "(Trường Giang 5', Kesley 15')"
        entities = with_repeated_persons(text, syl, entities)  # "Hallström đã rời ... ông Peter Hallström"
        entities = with_letter_senders(text, entities)  # "Người gửi: NgocMai, Gửi tới: ..."
        entities = with_photo_credits(text, entities)  # "Ảnh: T.T.D", "Ảnh: Q.MINH"
        link_short_forms(entities)
        resolve_positions(entities)
        if self._layer:
            from .stacked import labeller, relabel

            entities = relabel(text, entities, labeller(self._layer), syl=syl)
        return entities

    def _people(self, text, syl, chart, posts, places) -> tuple[list[Entity], list[Entity]]:
        """Names after an honorific or right after a post: stronger than a place name
        overlapping them, but not than one they equal ("trẻ em Việt Nam"). Also returns
        the countries split off the front of such names."""
        after_post = {p.end: p for p in posts}
        place_spans = {(p.start, p.end) for p in places}
        found, countries = [], []
        for person in find_persons(text, syl, chart.taken, cue_starts=after_post):
            if person.attrs["cue"] not in {"honorific", "post"} or (person.start, person.end) in place_spans \
                    or _company_words(person):
                continue  # "Chủ tịch Keynote Systems" is a company's post (:mod:`.foreign` finds it)
            first = chart.span(person).start
            post = after_post.get(first) if syl[first].linked else None
            person, country = _without_leading_country(text, syl, chart, person)
            countries += [country] if country else []
            found.append(self._with_posts(text, syl, chart, person, posts, post))
        chart.take(found + countries)
        return found, countries

    @staticmethod
    def _with_posts(text, syl, chart, person, posts, post_before=None) -> Entity:
        tokens = chart.span(person)
        after = posts_after(text, syl, posts, tokens.stop)
        honorific = person.attrs.get("honorific")
        if post_before is None and honorific in _TITLE_HONORIFICS:  # "Phó chủ tịch UBND tỉnh, ông X"
            post_before = post_before_honorific(text, syl, posts, tokens.start - len(honorific.split()))
        if post_before is None and tokens.start < len(syl) and syl[tokens.start].linked:  # "Thủ tướng Dominique de Villepin"
            post_before = first_ending_at(posts, tokens.start)  # any finder's name: the post's holder
        if post_before is None and tokens.stop - tokens.start >= 2:  # "Thị trưởng London, Ken Livingstone"
            post_before = post_set_off_before(text, syl, posts, tokens.start - len((honorific or "").split()))
        if post_before is None and tokens.stop - tokens.start >= 2 and not honorific:  # "Cố vấn An ninh Quốc gia Condoleezza Rice"
            post_before = post_set_off_before(text, syl, posts, tokens.start, 3, GLUED)
        if post_before is None and tokens.stop - tokens.start >= 2 and not honorific:  # "Bộ trưởng Nhân quyền Iraq Bakhtiar Amin"
            post_before = post_across_country(text, syl, posts, tokens.start)
        if post_before is None and tokens.stop - tokens.start >= 2 and not honorific:  # "Phó phòng Kế hoạch nghiên cứu phát triển Nguyễn Xuân Thiện"
            post_before = post_over_body(text, syl, posts, tokens.start)
        before = [post_before] if post_before else []
        return official(person, before + after) if before or after else person


def _with_described_companies(text, syl, entities: list[Entity]) -> list[Entity]:
    """The entities, with names described as a company right after them (:mod:`.appositions`)
    in place of the persons without a cue they overlap."""
    described = find_described_companies(text, syl, entities)
    if not described:
        return entities
    held = EntitiesByStart(described)
    kept = [e for e in entities if not held.overlap(e.start, e.end)]
    return sorted(kept + described, key=lambda e: (e.start, -e.end))


def _without_leading_country(text, syl, chart, person: Entity) -> tuple[Entity, Entity | None]:
    """"Đại sứ Hoa Kỳ Marc Knapper", "tiền đạo Brazil Robson": a country written between
    a post or a profession and a name is a LOCATION of its own, not part of the name."""
    tokens = chart.span(person)
    skip = world_place_length(syl, tokens.start)
    tokens = _foreign_name_going_on(syl, chart, tokens, skip)  # "Tổng thống Tây Ban Nha Jose Maria Aznar"
    cue = person.attrs["cue"]
    if cue not in {"post", "honorific"} or not skip or len(tokens) - skip < 1 \
            or (cue == "post" and len(tokens) - skip < 2) \
            or (cue == "honorific" and not looks_foreign(syl[tokens.start + skip])):
        return person, None  # "ông Anh Tuấn", "chị Nga" keep their names
    country = location_entity(text, syl, tokens.start, tokens.start + skip, "world")
    attrs = {k: v for k, v in person.attrs.items() if k != "cue"}
    return person_entity(text, syl, tokens.start + skip, tokens.stop, cue, **attrs), country


def _foreign_name_going_on(syl, chart, tokens: range, skip: int) -> range:
    """The span of a name after a country, carried on over the foreign-spelt syllables after
    it when the name window ended inside the name ("Tây Ban Nha Jose" + "Maria Aznar")."""
    if not skip or len(tokens) - skip >= 2 or len(tokens) <= skip:
        return tokens
    stop = tokens.stop
    while stop < len(syl) and stop - tokens.start - skip < 4 and stop not in chart.taken and syl[stop].linked \
            and syl[stop].name_like and looks_foreign(syl[stop]):
        stop += 1
    return range(tokens.start, stop)


class _Chart:
    """Which syllables are already held by an entity."""

    def __init__(self, syl: Sequence[Syllable]):
        self.starts = [t.start for t in syl]
        self.taken: set[int] = set()

    def span(self, entity: Entity) -> range:
        return token_range(self.starts, entity.start, entity.end)

    def take(self, entities) -> None:
        for entity in entities:
            self.taken.update(self.span(entity))

    def free(self, entity: Entity) -> bool:
        return not self.taken.intersection(self.span(entity))


def _company_words(person: Entity) -> bool:
    """A name after a post that holds a foreign company word after its first ("Keynote Systems")."""
    return any(word.lower() in company_words.FOREIGN_COMPANY_WORDS for word in person.text.split()[1:])


def _keep_place(place: Entity, people: EntitiesByStart, locations: EntitiesByStart) -> bool:
    """An administrative unit yields to a name it overlaps, and a bare one (no type word)
    to a place that holds it and more ("thôn Tân Tiến", "Khu công nghiệp Mỹ Phước",
    "Châu Á - Thái Bình Dương"); a place it covers whole yields to it ("Chợ Mới")."""
    if people.overlap(place.start, place.end):
        return False
    bare = place.attrs.get("name_start", place.start) == place.start
    return not (bare and locations.sticks_out(place.start, place.end))


class _PlacesIndex:
    """The kept places, and those written with their type word, looked up by position (built
    at the first question: most locations are free and never ask)."""

    def __init__(self, places: Sequence[Entity]):
        self.places = places

    @cached_property
    def all(self) -> EntitiesByStart:
        return EntitiesByStart(self.places)

    @cached_property
    def typed(self) -> EntitiesByStart:
        return EntitiesByStart([p for p in self.places if p.attrs.get("name_start", p.start) != p.start])


def _beats_places(location: Entity, places: _PlacesIndex) -> bool:
    """No place holds the location whole and none written with its type word overlaps it."""
    return not places.all.holds(location.start, location.end) and not places.typed.overlap(location.start, location.end)


def _with_historic(places: list[Entity], historic: list[Entity]) -> list[Entity]:
    """Registry units plus abolished provinces and districts; where they overlap ("Hà Tây" holds no
    registry unit, but "Quảng Nam - Đà Nẵng" holds two) the longer abolished name wins."""
    abolished = EntitiesByStart(historic) if historic else None  # most texts name no abolished unit
    kept = [p for p in places if abolished is None or not abolished.overlap(p.start, p.end)]
    return sorted(kept + historic, key=lambda e: e.start)


def _plural_list_item(text: str, place: Entity) -> Entity:
    """"các phường Lê Hồng Phong, ..." : the type word belongs to the whole list, so the
    unit is the name alone."""
    name_start = place.attrs.get("name_start", place.start)
    if name_start > place.start and text[max(0, place.start - 6):place.start].rstrip().lower().endswith(
            ("các", "những")):
        place.start = name_start
        place.text = text[name_start:place.end]
    return place



def _cut_at_sentences(syl: list[Syllable], sentences) -> list[Syllable]:
    """Unlink the first syllable of every sentence given, so no name runs across."""
    if not sentences:
        return syl
    starts = {s.start for s in sentences}
    return [t if t.start not in starts or not t.linked else _unlinked(t) for t in syl]


def _unlinked(token: Syllable) -> Syllable:
    return replace(token, linked=False)


def _crf_persons(text: str, syl: Sequence[Syllable], chart: _Chart, sentences) -> list[Entity]:
    from .crf import crf_person_spans
    from .persons import person_entity

    found = []
    for start, end in crf_person_spans(text, sentences):
        candidate = Entity("PERSON", start, end, text[start:end])
        tokens = chart.span(candidate)
        if len(tokens) and chart.free(candidate) and all(syl[k].cap for k in tokens):
            found.append(person_entity(text, syl, tokens.start, tokens.stop, "crf"))
    return found
