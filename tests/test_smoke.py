import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["fr", "de", "it", "en"])
def test_each_language_home_page_is_served_in_its_language(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
