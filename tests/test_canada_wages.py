"""``careerkit canada-wages``: the real download code against a fixture served from 127.0.0.1.

The fixture has the columns canada.md names for ESDC's 2025 Wages file, in a shuffled
order, with a byte-order mark, extra columns the workbook does not read, a row for a NOC
group the workbook does not map, and blank cells. The server answers a bounded number of
requests and stops by itself.
"""

import csv
import hashlib
import http.server
import io
import threading
import time

import pytest

from careerkit import content
from careerkit.content import canada_wages, wages

HEADER = [
    "prov", "NOC_CNP", "NOC_Title_fra", "NOC_Title_eng", "ER_Code_Code_RE", "ER_Name",
    "Low_Wage_Salaire_Minium", "Quartile1_Wage_Salaire_Quartile1", "Median_Wage_Salaire_Median",
    "Quartile3_Wage_Salaire_Quartile3", "High_Wage_Salaire_Maximal", "Average_Wage_Salaire_Moyen",
    "Data_Source_E", "Data_Source_F", "Reference_Period", "Revision_Date_Date_revision",
    "Annual_Wage_Flag_Salaire_annuel", "Wage_Comment_E", "Wage_Comment_F", "Non_wage_benefit_pct",
]


def fixture_rows():
    developer = content.find_role("Junior software developer")["noc_code"]
    manager = content.find_role("IT manager")["noc_code"]
    title = content.find_role("Junior software developer")["noc_title"]
    rows = [
        ["NAT", f"NOC_{developer}", "Programmeurs", title, "ER00", "National", "25.00", "32.50", "40.87", "50.00",
         "60.10", "41.20", "Labour Force Survey", "EPA", "2023-2024", "2025-11-19", "0", "", "", "55"],
        ["ON", f"NOC_{developer}", "Programmeurs", title, "ER35", "Ontario", "26.00", "33.00", "42.00", "52.00",
         "62.00", "43.00", "Labour Force Survey", "EPA", "2023-2024", "2025-11-19", "0", "", "", "55"],
        ["ON", f"NOC_{developer}", "Programmeurs", title, "ER3530", "Toronto", "27.00", "", "44.50", "",
         "64.00", "", "Small area estimates", "EPA", "2023-2024", "2025-11-19", "0", "", "", ""],
        ["PEI", f"NOC_{developer}", "Programmeurs", title, "ER1110", "Prince Edward Island", "", "", "NA", "",
         "", "", "", "", "NA", "2025-11-19", "0", "", "", ""],
        ["NAT", f"NOC_{manager}", "Gestionnaires", "Computer and information systems managers", "ER00", "National",
         "80000", "95000", "120000", "140000", "170000", "123000", "Labour Force Survey", "EPA", "2023-2024",
         "2025-11-19", "1", "", "", "70"],
        ["NAT", "NOC_73300", "Conducteurs", "Transport truck drivers", "ER00", "National", "20", "22", "25", "28",
         "32", "25.5", "Labour Force Survey", "EPA", "2023-2024", "2025-11-19", "0", "", "", "40"],
    ]
    return rows


def csv_bytes(header=HEADER, rows=None) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(fixture_rows() if rows is None else rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


@pytest.fixture
def serve():
    """Serve bytes at http://127.0.0.1:PORT/wages.csv; at most 5 requests or 30 s, then the server stops."""
    servers = []

    def start(body: bytes) -> str:
        answered = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                answered.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "text/csv")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        server.timeout = 0.2
        deadline = time.monotonic() + 30

        def run():
            while len(answered) < 5 and time.monotonic() < deadline and not getattr(server, "stop", False):
                server.handle_request()  # returns after server.timeout when no request comes
        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        servers.append((server, thread))
        return f"http://127.0.0.1:{server.server_address[1]}/wages.csv"

    yield start
    for server, thread in servers:
        server.stop = True
        thread.join(timeout=5)
        server.server_close()


def test_fetch_over_http_keeps_the_mapped_groups_as_published(serve, tmp_path):
    body = csv_bytes()
    done = canada_wages.fetch(serve(body), home=tmp_path, show_progress=False)
    table = wages.canada_table(tmp_path)
    mapped = canada_wages.wanted_groups()
    expected = [row for row in fixture_rows() if row[1].removeprefix("NOC_") in mapped]
    assert done.rows == len(table) == len(expected) and "73300" not in set(table["noc"])
    assert list(table.columns) == list(wages.CANADA_COLUMNS)
    toronto = table.set_index("region_code").loc["ER3530"]
    assert toronto["median"] == "44.50" and toronto["q1"] == "" and toronto["unit"] == "hour"  # a blank stays blank
    assert table.set_index("region_code").loc["ER1110", "median"] == "NA"  # a not-published marker is kept as written
    assert set(table.loc[table["noc"] == content.find_role("IT manager")["noc_code"], "unit"]) == {"year"}
    meta = wages.canada_meta(tmp_path)
    assert meta["sha256"] == hashlib.sha256(body).hexdigest() and meta["bytes"] == len(body)
    assert meta["attribution"] == "Contains information licensed under the Open Government Licence - Canada."
    assert meta["source_url"].startswith("http://127.0.0.1:") and meta["retrieved"].endswith("+00:00")


def test_the_command_fetches_from_a_file_and_status_says_what_is_there(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CAREERKIT_HOME", str(tmp_path / "home"))
    source = tmp_path / "wages.csv"
    source.write_bytes(csv_bytes())
    assert canada_wages.main(["status"]) == 0
    assert "careerkit canada-wages fetch" in capsys.readouterr().out
    assert canada_wages.main(["fetch", "--from", str(source)]) == 0
    assert "Open Government Licence - Canada" in capsys.readouterr().out
    assert canada_wages.main(["status"]) == 0
    shown = capsys.readouterr().out
    assert hashlib.sha256(source.read_bytes()).hexdigest() in shown and str(source.resolve()) in shown


def first_fetch(tmp_path):
    source = tmp_path / "good.csv"
    source.write_bytes(csv_bytes())
    canada_wages.fetch(str(source), home=tmp_path / "home", show_progress=False)
    return (tmp_path / "home" / wages.CANADA_FILE).read_bytes()


def assert_untouched(tmp_path, before: bytes):
    home = tmp_path / "home"
    assert (home / wages.CANADA_FILE).read_bytes() == before
    assert sorted(path.name for path in home.iterdir()) == sorted([wages.CANADA_FILE, wages.CANADA_META])


def test_a_file_missing_a_column_is_refused_naming_it_and_the_table_stays(tmp_path, serve):
    before = first_fetch(tmp_path)
    header = [name for name in HEADER if name != "Median_Wage_Salaire_Median"]
    rows = [[cell for name, cell in zip(HEADER, row) if name != "Median_Wage_Salaire_Median"] for row in fixture_rows()]
    with pytest.raises(canada_wages.FetchError, match=r"line 1: not the Job Bank Wages file: column\(s\) Median_Wage_Salaire_Median missing"):
        canada_wages.fetch(serve(csv_bytes(header, rows)), home=tmp_path / "home", show_progress=False)
    assert_untouched(tmp_path, before)


def test_a_bad_cell_is_refused_naming_line_and_column_and_the_table_stays(tmp_path):
    before = first_fetch(tmp_path)
    rows = fixture_rows()
    rows[2][HEADER.index("High_Wage_Salaire_Maximal")] = "lots"
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_bytes(rows=rows))
    with pytest.raises(canada_wages.FetchError, match=r"line 4, column High_Wage_Salaire_Maximal: 'lots' is not a number"):
        canada_wages.fetch(str(bad), home=tmp_path / "home", show_progress=False)
    assert_untouched(tmp_path, before)


def test_offline_says_so_and_how_to_fetch_from_a_file(tmp_path):
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(canada_wages.FetchError, match=r"Are you offline\?.*careerkit canada-wages fetch --from PATH"):
        canada_wages.fetch(f"http://127.0.0.1:{port}/wages.csv", home=tmp_path, timeout=2, show_progress=False)
    assert list(tmp_path.iterdir()) == []


def test_without_the_table_the_error_names_the_fetch_command(tmp_path):
    with pytest.raises(wages.CanadaWagesMissing, match="careerkit canada-wages fetch"):
        wages.canada_table(tmp_path)


def test_views_by_province_and_region_read_totals_from_the_file(tmp_path):
    first_fetch(tmp_path)
    home = tmp_path / "home"
    code = content.find_role("Junior software developer")["noc_code"]
    assert list(wages.canada_rows(code, "Toronto", home)["region_code"]) == ["ER3530"]
    assert set(wages.canada_rows(code, "ON", home)["region_code"]) == {"ER35", "ER3530"}
    assert set(wages.canada_rows(code, "all provinces", home)["region_code"]) == {"ER35", "ER1110"}
    assert wages.canada_figure("44.5", "hour") == "CA$44.50 an hour"
    assert wages.canada_figure("", "hour") == "blank in the file"
    assert wages.canada_figure("NA", "hour") == "not published (NA)"
